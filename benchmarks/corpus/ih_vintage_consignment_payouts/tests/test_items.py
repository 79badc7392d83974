from datetime import date
from decimal import Decimal

import pytest

from consign.items import Item


def scarf():
    return Item("V102", "C07", "Silk scarf", Decimal("18.00"), date(2024, 1, 10))


def test_full_price_for_the_first_month():
    assert scarf().price_on(date(2024, 2, 8)) == Decimal("18.00")


def test_twenty_percent_off_after_thirty_days():
    assert scarf().price_on(date(2024, 2, 9)) == Decimal("14.40")


def test_forty_percent_off_after_sixty_days():
    assert scarf().price_on(date(2024, 3, 20)) == Decimal("10.80")


def test_sell_at_the_ticket_price():
    item = scarf()
    item.sell(date(2024, 2, 15))
    assert item.sold and item.sold_price == Decimal("14.40")


def test_cannot_sell_twice():
    item = scarf()
    item.sell(date(2024, 1, 12))
    with pytest.raises(ValueError):
        item.sell(date(2024, 1, 13))
