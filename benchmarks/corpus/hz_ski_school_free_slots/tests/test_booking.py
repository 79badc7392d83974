import pytest

from skischool import Instructor, hhmm, minutes


def test_times():
    assert minutes("09:30") == 570
    assert hhmm(990) == "16:30"


def test_book_clash(marta):
    with pytest.raises(ValueError):
        marta.book("Sam", minutes("11:00"), 60)


def test_book_over_lunch(marta):
    with pytest.raises(ValueError):
        marta.book("Sam", minutes("12:00"), 60)


def test_book_after_closing():
    with pytest.raises(ValueError):
        Instructor("Jon").book("Sam", minutes("16:00"), 60)


def test_back_to_back(marta):
    lesson = marta.book("Sam", minutes("12:00"), 30)
    assert lesson.end == minutes("12:30")
