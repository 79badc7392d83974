import pytest

from walling.quote import Quote, quote
from walling.wall import Wall


def test_rebuilding_a_field_wall():
    assert quote(Wall(20, 1.4)) == Quote(tonnes=10, copes=60, days=19.5, price=5510.0)


def test_no_copes_over_a_gateway():
    assert quote(Wall(20, 1.4, gateways=1)).copes == 51


def test_new_single_wall_in_limestone():
    assert quote(Wall(12, 1.2, double=False), "Limestone", rebuild=False) == Quote(tonnes=8, copes=36, days=5.5, price=2012.0)


def test_gateway_and_stile_in_slate():
    result = quote(Wall(30, 1.5, gateways=1, stiles=1), "slate")
    assert (result.tonnes, result.copes, result.days) == (15, 80, 28.0)


def test_unknown_stone():
    with pytest.raises(ValueError, match="granite"):
        quote(Wall(20, 1.4), "granite")
