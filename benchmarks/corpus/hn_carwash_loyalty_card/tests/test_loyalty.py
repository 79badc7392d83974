import pytest

from carwash.loyalty import LoyaltyCard


def test_paid_washes():
    card = LoyaltyCard("R. Okafor")
    assert card.charge("basic") == 8.0
    assert card.charge("deluxe") == 14.0
    assert card.spent == 22.0
    assert card.washes_to_free() == 8


def test_tenth_wash_is_free():
    card = LoyaltyCard("M. Lind", washes=9)
    assert card.washes_to_free() == 1
    assert card.charge("deluxe") == 0.0
    assert card.charge("basic") == 8.0


def test_free_wash_covers_deluxe_only():
    card = LoyaltyCard("M. Lind", washes=19)
    assert card.charge("ceramic") == 11.0


def test_unknown_program():
    with pytest.raises(ValueError):
        LoyaltyCard("A. Noor").charge("waterless")
