import pytest

from jobs import PrintJob
from printshop import PrintQueue


def test_submit_rejects_empty_jobs():
    with pytest.raises(ValueError):
        PrintQueue().submit(PrintJob("x", pages=0))


def test_pending_sheets(queue):
    assert queue.pending_sheets() == 10 + 30 + 5


def test_run_prints_everything_with_a_full_tray(queue):
    assert queue.run(500) == 455
    assert queue.printed == ["ana", "bo", "cy"]
    assert queue.waiting() == []


def test_run_stops_when_the_next_job_does_not_fit(queue):
    assert queue.run(25) == 15
    assert queue.printed == ["ana"]
    assert queue.waiting() == ["bo", "cy"]
