import pytest

from sudoku.grid import parse

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


@pytest.fixture
def puzzle():
    return parse(PUZZLE)
