import pytest

from pokes import Poke, read_pokes


def test_read_pokes_puts_variety_names_right():
    text = """
    # Thursday, second picking
    Long Acre, fuggles, 212.5
    Church Field, EKG, 198

    Church Field, East Kent Goldings, 205  # wet
    """
    assert read_pokes(text) == [
        Poke("Long Acre", "Fuggle", 212.5),
        Poke("Church Field", "Goldings", 198.0),
        Poke("Church Field", "Goldings", 205.0),
    ]


def test_unknown_variety_names_the_line():
    with pytest.raises(ValueError, match="line 2"):
        read_pokes("Long Acre, Fuggle, 200\nBottom Garden, Cascade, 180")
