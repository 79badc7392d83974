import pytest

from clinic.clock import parse_time
from clinic.diary import Conflict


def test_appointments_are_kept_in_order(diary):
    diary.book("Ng", "09:00", 30)
    assert [str(a) for a in diary.appointments] == ["09:00-09:30 Ng", "09:30-10:00 Moss", "11:00-11:45 Patel"]


def test_back_to_back_is_fine(diary):
    diary.book("Ng", "10:00", 60)
    assert diary.clashes(parse_time("10:00"), parse_time("11:00"))[0].patient == "Ng"


def test_cannot_start_during_another(diary):
    with pytest.raises(Conflict, match="Moss"):
        diary.book("Ng", "09:45", 30)


def test_cannot_run_into_another(diary):
    with pytest.raises(Conflict, match="Patel"):
        diary.book("Ng", "10:30", 60)


def test_outside_opening_hours(diary):
    with pytest.raises(Conflict):
        diary.book("Ng", "12:30", 45)


def test_cancel(diary):
    assert diary.cancel("Moss") == 1
    assert diary.cancel("Moss") == 0
