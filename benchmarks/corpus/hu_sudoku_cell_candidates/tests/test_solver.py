from sudoku.grid import parse, show
from sudoku.solver import candidates, dead_ends, fill_singles

SOLUTION = """\
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179"""


def test_filled_cell(puzzle):
    assert candidates(puzzle, 0, 0) == set()


def test_pencil_marks(puzzle):
    assert candidates(puzzle, 0, 2) == {1, 2, 4}
    assert candidates(puzzle, 0, 6) == {1, 4, 8, 9}


def test_singles_solve_an_easy_puzzle(puzzle):
    solved, filled = fill_singles(puzzle)
    assert filled == 51
    assert show(solved) == SOLUTION
    assert show(puzzle) != SOLUTION


def test_dead_end():
    grid = parse("12345678." + "........9" + "." * 63)
    assert dead_ends(grid) == [(0, 8)]
