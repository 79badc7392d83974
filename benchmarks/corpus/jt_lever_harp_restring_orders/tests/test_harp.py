import pytest

from harpstrings.harp import Harp, note_name, note_position

# 34 strings from A6 at the top down to C2; the bottom eight are wound.
HARP = Harp("Ashbury 34", 34, top="A6", wound_from="C3")


def test_note_position():
    assert note_position("C4") == 28
    assert note_position("a4") == 33
    assert note_name(33) == "A4"


def test_not_a_note():
    with pytest.raises(ValueError):
        note_position("H2")


def test_top_string_is_the_top_note():
    assert HARP.note_of(1) == "A6"


def test_notes_go_down_the_scale():
    assert [HARP.note_of(n) for n in (6, 7, 8)] == ["C6", "B5", "A5"]


def test_colours():
    assert HARP.colour_of(6) == "red"
    assert HARP.colour_of(3) == "black"
    assert HARP.colour_of(2) == "plain"


def test_no_such_string():
    with pytest.raises(ValueError, match="string 35"):
        HARP.note_of(35)


def test_string_of():
    assert HARP.string_of("C4") == 20
