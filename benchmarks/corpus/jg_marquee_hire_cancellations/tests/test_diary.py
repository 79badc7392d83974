from datetime import date

import pytest

from diary import DiaryError, HireDiary

SHOW_DAY = date(2024, 7, 13)


@pytest.fixture
def diary():
    return HireDiary({"6x9": 2, "9x12": 1})


def test_booking_takes_a_marquee(diary):
    diary.book("Ridley wedding", "9x12", SHOW_DAY, deposit=150.0)
    assert diary.available("9x12", SHOW_DAY) == 0
    assert diary.available("9x12", date(2024, 7, 14)) == 1


def test_fully_booked(diary):
    diary.book("Ridley wedding", "9x12", SHOW_DAY)
    with pytest.raises(DiaryError, match="every 9x12"):
        diary.book("Village show", "9x12", SHOW_DAY)


def test_unknown_size(diary):
    with pytest.raises(DiaryError):
        diary.book("Village show", "12x30", SHOW_DAY)


def test_cancel_early_refunds_deposit(diary):
    ref = diary.book("Ridley wedding", "9x12", SHOW_DAY, deposit=150.0)
    assert diary.cancel(ref, date(2024, 6, 1)) == 150.0
    assert diary.available("9x12", SHOW_DAY) == 1


def test_cancel_three_weeks_ahead_refunds_half(diary):
    ref = diary.book("Ridley wedding", "9x12", SHOW_DAY, deposit=150.0)
    assert diary.cancel(ref, date(2024, 6, 22)) == 75.0


def test_cancel_a_booking_on_invoice(diary):
    ref = diary.book("Parish council", "6x9", SHOW_DAY)
    assert diary.cancel(ref, date(2024, 7, 1)) == 0.0
    assert diary.available("6x9", SHOW_DAY) == 2


def test_cancel_unknown_ref(diary):
    with pytest.raises(DiaryError):
        diary.cancel("M0042", SHOW_DAY)


def test_loading_list(diary):
    diary.book("Village show", "6x9", SHOW_DAY)
    diary.book("Ridley wedding", "9x12", SHOW_DAY)
    diary.book("Cricket club", "6x9", SHOW_DAY)
    assert diary.loading_list(SHOW_DAY) == ["6x9 for Cricket club", "6x9 for Village show", "9x12 for Ridley wedding"]
