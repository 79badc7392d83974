import pytest

from tyrebay.stock import Tyre, suitable, take


def tyre(**changes):
    fields = dict(code="PC5-2055516", size="205/55 R16", load_index=91, speed_rating="V", in_stock=8)
    fields.update(changes)
    return Tyre(**fields)


def test_suitable_tyre():
    assert suitable(tyre(), "205/55 R16", 91, "H")


def test_wrong_size_or_too_slow_or_too_weak():
    assert not suitable(tyre(), "205/60 R16", 91, "H")
    assert not suitable(tyre(speed_rating="T"), "205/55 R16", 91, "H")
    assert not suitable(tyre(load_index=88), "205/55 R16", 91, "H")


def test_take_from_stock():
    stocked = tyre()
    take(stocked, 4)
    assert stocked.in_stock == 4
    with pytest.raises(ValueError):
        take(stocked, 5)
