import pytest

from thatch.materials import material, ridge_price


def test_material_names_are_forgiving():
    assert material(" Water Reed ") == (10, 380)


def test_ridges():
    assert ridge_price("block") == 9500
    with pytest.raises(ValueError):
        ridge_price("mesh")
