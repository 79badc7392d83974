from datetime import date, timedelta

import pytest

from loyalty import LoyaltyCard

MONDAY = date(2024, 4, 1)


def test_record_wash_returns_price_and_stamps():
    card = LoyaltyCard("jo")
    assert card.record_wash(MONDAY, "deluxe") == 14
    assert card.stamps == 1
    assert card.spent == 14


def test_one_stamp_per_day():
    card = LoyaltyCard("jo")
    card.record_wash(MONDAY, "basic")
    card.record_wash(MONDAY, "ultimate")
    assert card.stamps == 1
    assert card.spent == 28


def test_eighth_stamp_earns_free_wash():
    card = LoyaltyCard("jo")
    for n in range(8):
        card.record_wash(MONDAY + timedelta(days=n), "basic")
    assert card.free_washes == 1
    assert card.stamps == 0
    card.redeem()
    with pytest.raises(ValueError):
        card.redeem()


def test_unknown_program():
    with pytest.raises(ValueError):
        LoyaltyCard("jo").record_wash(MONDAY, "foam party")
