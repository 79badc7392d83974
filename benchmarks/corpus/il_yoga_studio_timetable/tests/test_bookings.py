from datetime import date, time

import pytest

from yoga.bookings import ClassFull
from yoga.passes import ClassPass, NoCredits, PassExpired

MONDAY = date(2024, 6, 10)
SUNDAY = date(2024, 6, 16)


def test_booking_uses_a_credit(studio):
    slot = studio.book("Ana", MONDAY, time(7, 0))
    assert slot.style == "vinyasa"
    assert studio.passes["Ana"].credits == 9
    assert studio.spaces(MONDAY, time(7, 0)) == 13


def test_no_class_at_that_time(studio):
    with pytest.raises(LookupError):
        studio.book("Ana", MONDAY, time(8, 0))


def test_class_full(studio):
    for name in ("Ana", "Ben", "Cleo"):
        studio.book(name, SUNDAY, time(17, 0))
    with pytest.raises(ClassFull):
        studio.book("Dev", SUNDAY, time(17, 0))
    assert studio.passes["Dev"].credits == 10


def test_cancel_gives_the_credit_back(studio):
    studio.book("Ben", MONDAY, time(18, 30))
    studio.cancel("Ben", MONDAY, time(18, 30))
    assert studio.passes["Ben"].credits == 10
    assert studio.spaces(MONDAY, time(18, 30)) == 12


def test_expired_pass():
    card = ClassPass("Old Eric", 4, date(2024, 5, 31))
    with pytest.raises(PassExpired):
        card.use(date(2024, 6, 1))
    assert card.credits == 4


def test_out_of_credits():
    card = ClassPass("Fay", 1, date(2024, 7, 31))
    card.use(date(2024, 6, 1))
    with pytest.raises(NoCredits):
        card.use(date(2024, 6, 2))
