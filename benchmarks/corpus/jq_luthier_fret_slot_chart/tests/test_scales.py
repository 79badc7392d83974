import pytest

from scales import scale_mm


def test_model_names():
    assert scale_mm("Strat") == 648.0
    assert scale_mm(" mandolin ") == 349.25


def test_inches_and_millimetres():
    assert scale_mm('25.5"') == 647.7
    assert scale_mm("24.75in") == 628.65
    assert scale_mm("650mm") == 650.0
    assert scale_mm("610") == 610.0


def test_not_a_scale_length():
    with pytest.raises(ValueError):
        scale_mm("25.5")
