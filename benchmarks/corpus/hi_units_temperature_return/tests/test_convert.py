import pytest

from units.convert import ConversionError, convert, convert_text


def test_lengths():
    assert convert(1, "mi", "km") == pytest.approx(1.609344)
    assert convert(12, "inches", "ft") == pytest.approx(1.0)


def test_incompatible_units():
    with pytest.raises(ConversionError):
        convert(1, "kg", "m")
    with pytest.raises(ConversionError):
        convert(1, "furlong", "m")


def test_convert_text():
    assert convert_text("2 cups", "ml") == "473.18 ml"


def test_temperatures():
    assert convert(100, "celsius", "F") == pytest.approx(212.0)
    assert convert(0, "K", "°C") == pytest.approx(-273.15)
