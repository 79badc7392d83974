from datetime import date, datetime, time

import pytest

from teaching.diary import Diary


def test_usual_lesson(diary):
    lesson = diary.book("Priya", datetime(2024, 5, 13, 9, 0))
    assert lesson.end == datetime(2024, 5, 13, 10, 0)
    assert lesson.minutes == 60


def test_longer_lesson_before_an_exam(diary):
    lesson = diary.book("Tom", datetime(2024, 5, 13, 14, 0), minutes=120)
    assert lesson.end == datetime(2024, 5, 13, 16, 0)


def test_needs_a_gap_to_get_to_the_next_pupil(diary):
    diary.book("Priya", datetime(2024, 5, 13, 9, 0))
    with pytest.raises(ValueError):
        diary.book("Tom", datetime(2024, 5, 13, 10, 10))
    assert diary.book("Tom", datetime(2024, 5, 13, 10, 15)).pupil == "Tom"


def test_outside_the_working_day(diary):
    with pytest.raises(ValueError):
        diary.book("Priya", datetime(2024, 5, 13, 7, 30))
    with pytest.raises(ValueError):
        diary.book("Priya", datetime(2024, 5, 13, 18, 30))


def test_day_sheet(diary):
    diary.book("Tom", datetime(2024, 5, 13, 11, 0), minutes=90)
    diary.book("Priya", datetime(2024, 5, 13, 9, 0))
    diary.book("Ana", datetime(2024, 5, 14, 9, 0))
    assert diary.day(date(2024, 5, 13)) == ["09:00-10:00 Priya", "11:00-12:30 Tom"]


def test_cancel_frees_the_slot(diary):
    diary.book("Priya", datetime(2024, 5, 13, 9, 0))
    diary.cancel("Priya", datetime(2024, 5, 13, 9, 0))
    assert diary.book("Tom", datetime(2024, 5, 13, 9, 30)).pupil == "Tom"


def test_teacher_with_shorter_days():
    diary = Diary("Jo", minutes=45, day_starts=time(9, 30), day_ends=time(15, 0))
    assert diary.book("Ana", datetime(2024, 5, 13, 14, 15)).end == datetime(2024, 5, 13, 15, 0)
