from datetime import datetime

import pytest

from boutique.diary import FittingDiary, NoSuchFitting, SlotTaken

SATURDAY = datetime(2024, 9, 7)


def at(hour, minute=0, day=7):
    return datetime(2024, 9, day, hour, minute)


def test_book():
    diary = FittingDiary()
    fitting = diary.book("Amy Lewis", "first fitting", at(11))
    assert fitting.ref == "F001"
    assert diary.book("Beth Rees", "collection", at(12)).ref == "F002"


def test_clash():
    diary = FittingDiary()
    diary.book("Amy Lewis", "consultation", at(10))
    with pytest.raises(SlotTaken):
        diary.book("Beth Rees", "alterations", at(11))


def test_outside_opening_hours():
    diary = FittingDiary()
    with pytest.raises(SlotTaken):
        diary.book("Amy Lewis", "final fitting", at(17))
    with pytest.raises(SlotTaken):
        diary.book("Amy Lewis", "collection", at(9, 30))


def test_unknown_kind():
    with pytest.raises(ValueError):
        FittingDiary().book("Amy Lewis", "hair trial", at(11))


def test_cancel_in_good_time_refunds_the_deposit():
    diary = FittingDiary()
    fitting = diary.book("Amy Lewis", "alterations", at(14))
    assert diary.cancel(fitting.ref, at(9, day=3)) == 75.0
    assert diary.fittings == []


def test_late_cancellation_keeps_the_deposit():
    diary = FittingDiary()
    fitting = diary.book("Amy Lewis", "alterations", at(14))
    assert diary.cancel(fitting.ref, at(15, day=5)) == 0.0


def test_cancel_unknown_fitting():
    diary = FittingDiary()
    diary.book("Amy Lewis", "alterations", at(14))
    with pytest.raises(NoSuchFitting):
        diary.cancel("F009", at(9, day=1))


def test_for_bride_and_day_sheet():
    diary = FittingDiary()
    diary.book("Amy Lewis", "final fitting", at(15))
    diary.book("Beth Rees", "consultation", at(10))
    diary.book("Amy Lewis", "first fitting", at(11, day=1))
    assert [f.ref for f in diary.for_bride("Amy Lewis")] == ["F003", "F001"]
    assert diary.day_sheet(SATURDAY) == [("10:00", "Beth Rees", "consultation"), ("15:00", "Amy Lewis", "final fitting")]
