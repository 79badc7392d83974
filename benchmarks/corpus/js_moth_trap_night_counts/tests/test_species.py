import pytest

from species import canonical


def test_aliases_and_case():
    assert canonical("lyu") == "Large Yellow Underwing"
    assert canonical("  heart AND dart ") == "Heart and Dart"


def test_unknown_name():
    with pytest.raises(KeyError):
        canonical("Gypsy Moth")
