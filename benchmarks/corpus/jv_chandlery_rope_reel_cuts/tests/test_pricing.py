import pytest

from pricing import price


def test_whole_metres():
    assert price("12mm three-strand nylon", 8.0) == 1920


def test_charged_by_the_started_half_metre():
    assert price("12mm three-strand nylon", 8.1) == 2040
    assert price("6mm pre-stretched dyneema", 2.5) == 1238


def test_unknown_rope():
    with pytest.raises(KeyError):
        price("14mm hemp", 3)
