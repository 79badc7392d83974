import pytest

from tugdiary import TugDiary


@pytest.fixture
def diary():
    diary = TugDiary()
    diary.book("Hughes", "09:30", 20)
    diary.book("Okafor", "09:50", 15)
    diary.book("Lind", "10:30", 20)
    return diary


def test_empty_day_starts_at_opening():
    assert TugDiary().first_free(20) == "09:30"


def test_first_gap_that_fits(diary):
    assert diary.first_free(20) == "10:05"
    assert diary.first_free(30) == "10:50"


def test_no_earlier_than_asked():
    diary = TugDiary()
    assert diary.first_free(15, "12:10") == "12:10"
    assert diary.first_free(15, "07:00") == "09:30"


def test_later_in_the_morning(diary):
    assert diary.first_free(20, "10:20") == "10:50"


def test_after_lunch(diary):
    diary.book("Santos", "13:00", 25)
    assert diary.first_free(40, "12:30") == "13:25"
    assert diary.first_free(20, "14:00") == "14:00"


def test_full_afternoon():
    diary = TugDiary(closes="16:00")
    diary.book("Hughes", "15:00", 45)
    assert diary.first_free(20, "15:00") is None


def test_booking_clash(diary):
    with pytest.raises(ValueError):
        diary.book("Santos", "10:00", 10)
    assert diary.day_sheet() == ["09:30-09:50 Hughes", "09:50-10:05 Okafor", "10:30-10:50 Lind"]


def test_outside_hours():
    with pytest.raises(ValueError):
        TugDiary().book("Santos", "17:50", 20)
