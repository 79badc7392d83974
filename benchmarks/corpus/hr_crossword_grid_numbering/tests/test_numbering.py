import pytest

from crossword.grid import Grid, GridError
from crossword.numbering import Entry, answers, clue_list, entries

MINI = """
#....
.....
..#..
.....
....#
"""


def test_ragged_grid_is_rejected():
    with pytest.raises(GridError):
        Grid.parse("...\n..\n...")


def test_run_length_and_letters():
    grid = Grid.parse("CAT#\nA#OX")
    assert grid.run_length(0, 0, 0, 1) == 3
    assert grid.run_length(0, 2, 1, 0) == 2
    assert grid.letters(0, 2, 1, 0) == "TO"


def test_single_cells_are_not_entries():
    assert clue_list(Grid.parse("#.#\n###\n.##")) == {"across": [], "down": []}


def test_first_entry():
    assert entries(Grid.parse(MINI))[:2] == [Entry(1, "across", 0, 1, 4), Entry(1, "down", 0, 1, 5)]


def test_clue_list():
    assert clue_list(Grid.parse(MINI)) == {
        "across": ["1 (4)", "5 (5)", "6 (2)", "7 (2)", "8 (5)", "10 (4)"],
        "down": ["1 (5)", "2 (2)", "3 (5)", "4 (4)", "5 (4)", "9 (2)"],
    }


def test_answers():
    grid = Grid.parse("CAT\nA#O\nBEE")
    assert answers(grid) == {"1A": "CAT", "1D": "CAB", "2D": "TOE", "3A": "BEE"}
