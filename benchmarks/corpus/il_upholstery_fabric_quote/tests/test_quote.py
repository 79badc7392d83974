import pytest

from fabric import Fabric, Panel
from furniture import panels_for
from quote import Quote, quote

LINEN = Fabric("natural linen", 140, 28.0)


def test_panels_for_several_pieces():
    assert panels_for("footstool", 2) == [Panel("top", 60, 60, 2), Panel("border", 35, 90, 4)]


def test_unknown_piece():
    with pytest.raises(KeyError):
        panels_for("chaise longue")


def test_quote_six_dining_seats():
    assert quote({"dining seat": 6}, LINEN) == Quote(2.0, 56.0, 270.0, 65.2, 391.2)


def test_customer_supplies_the_fabric():
    result = quote({"dining seat": 6}, LINEN, customer_fabric=True)
    assert result.metres == 2.0
    assert result.fabric_cost == 0.0
    assert result.total == 324.0
