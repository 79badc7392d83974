import pytest

from blinds.fabrics import find_fabric


def test_find_fabric():
    assert find_fabric(" Linen-Natural ").price_per_m2 == 24.0
    assert find_fabric("blackout-navy").blackout


def test_unknown_fabric():
    with pytest.raises(KeyError):
        find_fabric("velvet-red")
