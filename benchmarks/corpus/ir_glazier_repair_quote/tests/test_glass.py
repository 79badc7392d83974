import pytest

from glazier.glass import area_m2, pane_price


def test_area():
    assert area_m2(1000, 500) == 0.5


def test_price_by_area():
    assert pane_price("toughened6", 1000, 500) == 36.00
    assert pane_price("sealed_unit", 800, 1200) == 105.60


def test_small_panes_pay_the_minimum():
    assert pane_price("float4", 600, 400) == 9.50
    assert pane_price("float4", 200, 200) == 9.50


def test_unknown_glass():
    with pytest.raises(KeyError):
        pane_price("stained", 300, 300)


def test_bad_size():
    with pytest.raises(ValueError):
        area_m2(0, 400)
