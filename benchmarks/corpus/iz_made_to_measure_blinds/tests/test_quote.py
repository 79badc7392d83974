import pytest

from blinds.fabrics import find_fabric
from blinds.quote import quote_blind, quote_order

LINEN = find_fabric("linen-natural")
BLACKOUT = find_fabric("blackout-navy")


def test_outside_the_recess():
    blind = quote_blind(90, 120, LINEN, inside_recess=False)
    assert (blind.width_cm, blind.drop_cm) == (100, 125)
    assert blind.cloth_m2 == pytest.approx(1.45)
    assert blind.price == pytest.approx(48.8)


def test_inside_the_recess():
    blind = quote_blind(120, 150, LINEN)
    assert (blind.width_cm, blind.drop_cm) == (119, 150)
    assert blind.price == pytest.approx(65.21)


def test_small_blinds_pay_for_a_square_metre():
    blind = quote_blind(50, 60, LINEN, inside_recess=False)
    assert blind.cloth_m2 == 1.0


def test_blackout_gets_side_channels_inside_the_recess():
    inside = quote_blind(100, 100, BLACKOUT)
    outside = quote_blind(100, 100, BLACKOUT, inside_recess=False)
    assert inside.price == pytest.approx(94.63)
    assert outside.price == pytest.approx(1.1 * 125 / 100 * 36 + 1.1 * 14, abs=0.01)


def test_too_wide_for_the_roll():
    with pytest.raises(ValueError):
        quote_blind(190, 100, BLACKOUT)


def test_bad_measurements():
    with pytest.raises(ValueError):
        quote_blind(0, 100, LINEN)


def test_order_total():
    blinds = [quote_blind(90, 120, LINEN, inside_recess=False)] * 2
    assert quote_order(blinds) == pytest.approx(2 * 48.8 + 25 + 12)
    assert quote_order(blinds, fitting=False) == pytest.approx(97.6)
    assert quote_order([]) == 0
