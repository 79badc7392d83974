import pytest

from darkroom.datasheet import base_minutes, films


def test_first_charted_dilution_by_default():
    assert base_minutes("Tri-X 400", "HC-110") == 6.0


def test_uncharted_dilution():
    with pytest.raises(ValueError, match="1\\+100"):
        base_minutes("HP5 Plus", "Rodinal", "1+100")


def test_unknown_pairing():
    with pytest.raises(ValueError):
        base_minutes("Pan F Plus", "Rodinal")


def test_films():
    assert films() == ["Delta 100", "FP4 Plus", "HP5 Plus", "Pan F Plus", "Tri-X 400"]
