import pytest

from members import NotInducted
from printqueue import PrintQueue


def test_members_need_the_printer_induction(queue, members):
    with pytest.raises(NotInducted):
        queue.submit(members["cy"], "box.gcode", "PLA", 1.0)
    with pytest.raises(NotInducted):
        queue.submit(members["di"], "box.gcode", "PLA", 1.0)


def test_unknown_filament_is_refused(queue, members):
    with pytest.raises(ValueError):
        queue.submit(members["ada"], "vase.gcode", "ABS", 3.0)


def test_oldest_job_in_the_loaded_filament_goes_first(queue):
    job = queue.next_job("PLA", 16.0)
    assert job.filename == "bracket.gcode"
    assert [j.filename for j in queue.printed] == ["bracket.gcode"]


def test_nothing_in_that_filament(queue):
    queue.cancel("bo", "phone-case.gcode")
    assert queue.next_job("TPU", 18.0) is None


def test_long_print_waits_when_it_would_run_past_closing(queue):
    queue.next_job("PLA", 17.0)  # the bracket, done by 18:30
    job = queue.next_job("PLA", 18.5)
    assert job.filename == "gear.gcode"
    assert [j.filename for j in queue.waiting if j.filament == "PLA"] == ["helmet.gcode"]


def test_short_job_at_the_end_of_the_evening(queue):
    assert queue.next_job("PETG", 20.5).filename == "hinge.gcode"
    assert queue.next_job("PETG", 20.5) is None


def test_hours_waiting(queue):
    assert queue.hours_waiting() == {"PLA": 8.5, "TPU": 2.0, "PETG": 0.5}


def test_position_in_the_queue(queue):
    queue.next_job("PLA", 10.0)
    assert queue.position("ada") == [3, 4]
    assert queue.position("bo") == [1, 2]


def test_cancel_only_own_job(queue):
    assert not queue.cancel("ada", "helmet.gcode")
    assert queue.cancel("bo", "helmet.gcode")
    assert queue.hours_waiting()["PLA"] == 2.5


def test_empty_queue():
    assert PrintQueue("Ender 3").next_job("PLA", 12.0) is None
