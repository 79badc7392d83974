import pytest

from photobooth.terms import hire_price


def test_three_hours():
    assert hire_price(3) == 350.00


def test_extra_hours():
    assert hire_price(5) == 510.00


def test_too_short():
    with pytest.raises(ValueError):
        hire_price(2)
