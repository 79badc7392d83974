import pytest

from sudoku.grid import box, column, parse, show


def test_round_trip(puzzle):
    assert show(puzzle).splitlines()[0] == "53..7...."
    assert parse(show(puzzle)) == puzzle


def test_column_and_box(puzzle):
    assert column(puzzle, 0) == [5, 6, 0, 8, 4, 7, 0, 0, 0]
    assert box(puzzle, 4, 4) == [0, 6, 0, 8, 0, 3, 0, 2, 0]


def test_too_short():
    with pytest.raises(ValueError):
        parse("123")
