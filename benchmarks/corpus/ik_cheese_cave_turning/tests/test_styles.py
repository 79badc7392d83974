import pytest

from affinage.styles import STYLES, style_of


def test_style_lookup_ignores_case():
    assert style_of("Tomme") is STYLES["tomme"]


def test_unknown_style():
    with pytest.raises(ValueError):
        style_of("gouda")
