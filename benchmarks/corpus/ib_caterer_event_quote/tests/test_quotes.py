from datetime import date
from decimal import Decimal

from catering.menus import MENUS, Event
from catering.quotes import deposit, quote

WEDDING = Event("Patel-Jones", date(2025, 6, 14), adults=90, children=10)
CHRISTENING = Event("Murphy", date(2025, 3, 2), adults=20, children=4)


def test_wedding_three_course():
    # food 90 * 42 + 10 * 21 = 3990, 9 waiters = 855, plus 12.5%
    assert quote(WEDDING, MENUS["three course"]) == Decimal("5450.63")


def test_small_party_pays_the_minimum():
    # 24 guests, charged as 40 adults: 740 + 2 waiters 190, plus 12.5%
    assert quote(CHRISTENING, MENUS["buffet"]) == Decimal("1046.25")


def test_deposit():
    assert deposit(CHRISTENING, MENUS["buffet"]) == Decimal("261.56")
