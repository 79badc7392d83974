import pytest

from cutlist.pieces import Piece, expand, parse_cut_list


def test_parse(bookcase):
    assert bookcase == [Piece("side", 1800, 2), Piece("shelf", 760, 4), Piece("top", 800)]


def test_labels_with_spaces():
    assert parse_cut_list("back rail 600 X2") == [Piece("back rail", 600, 2)]


def test_bad_line():
    with pytest.raises(ValueError):
        parse_cut_list("shelf x4")


def test_expand_longest_first():
    assert expand([Piece("a", 300), Piece("b", 500, 2)]) == [("b", 500), ("b", 500), ("a", 300)]
