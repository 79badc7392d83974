from datetime import date

import pytest


def test_balance_due(wedding):
    assert wedding.balance_due() == 410.00


def test_only_two_booths(diary):
    with pytest.raises(ValueError):
        diary.book("Shah christening", date(2024, 6, 8))
    assert diary.book("Shah christening", date(2024, 6, 9)).client == "Shah christening"


def test_cancel_in_good_time(diary, wedding, today):
    assert diary.cancel(wedding, today) == 100.00
    assert diary.on(date(2024, 6, 8))[0].client == "Lane 40th"
    assert diary.deposits_kept() == 0


def test_cancel_late_keeps_the_deposit(diary, today):
    prom = diary.hires[2]
    assert diary.cancel(prom, today) == 0.0
    assert diary.deposits_kept() == 100.00


def test_cannot_cancel_twice(diary, wedding, today):
    diary.cancel(wedding, today)
    with pytest.raises(ValueError):
        diary.cancel(wedding, today)


def test_move_once(diary, wedding, today):
    diary.move(wedding, date(2024, 6, 15), today)
    assert wedding.day == date(2024, 6, 15)
    with pytest.raises(ValueError):
        diary.move(wedding, date(2024, 6, 22), today)


def test_too_late_to_move(diary, today):
    with pytest.raises(ValueError):
        diary.move(diary.hires[2], date(2024, 5, 3), today)


def test_moved_hire_cancelled_in_good_time(diary, wedding, today):
    diary.move(wedding, date(2024, 7, 13), today)
    assert diary.cancel(wedding, date(2024, 6, 1)) == 100.00
