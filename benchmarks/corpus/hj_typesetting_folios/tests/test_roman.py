import pytest

from folios.roman import from_roman, to_roman


def test_to_roman():
    assert [to_roman(n) for n in (1, 4, 9, 14, 40, 1987)] == ["i", "iv", "ix", "xiv", "xl", "mcmlxxxvii"]


def test_from_roman_additive():
    assert from_roman("viii") == 8
    assert from_roman("MDCLXVI") == 1666


def test_from_roman_subtractive():
    assert from_roman("xiv") == 14
    assert from_roman("mcmxcix") == 1999


def test_not_a_numeral():
    with pytest.raises(ValueError):
        from_roman("xvk")
