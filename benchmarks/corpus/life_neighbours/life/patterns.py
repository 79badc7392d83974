"""Known patterns, parsed from text where '#' is alive."""

from __future__ import annotations

from .board import Grid

BLINKER = """
.....
..#..
..#..
..#..
.....
"""

BLOCK = """
....
.##.
.##.
....
"""

GLIDER = """
.#....
..#...
###...
......
......
......
"""


def parse(text: str) -> Grid:
    return [[1 if ch == "#" else 0 for ch in line] for line in text.strip().splitlines()]


def show(grid: Grid) -> str:
    return "\n".join("".join("#" if cell else "." for cell in row) for row in grid)
