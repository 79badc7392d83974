import pytest

from chandlery.recipes import fragrance_g


def test_fragrance_load():
    assert fragrance_g("soy", 1000) == 100.0
    assert fragrance_g("rapeseed", 504) == 40.3


def test_unknown_wax():
    with pytest.raises(KeyError):
        fragrance_g("paraffin", 500)
