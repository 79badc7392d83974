"""Numbering the grid the usual way: reading row by row, every open cell that
starts an across or a down entry (two or more cells) gets the next number."""

from __future__ import annotations

from dataclasses import dataclass

from crossword.grid import Grid


@dataclass(frozen=True)
class Entry:
    number: int
    direction: str  # "across" or "down"
    row: int
    col: int
    length: int


def entries(grid: Grid) -> list[Entry]:
    found = []
    number = 0
    for row in range(grid.height):
        for col in range(grid.width):
            if not grid.is_open(row, col):
                continue
            starts_across = not grid.is_open(row, col - 1) and grid.is_open(row, col + 1)
            starts_down = not grid.is_open(row - 1, col) and grid.is_open(row, col + 1)
            if not (starts_across or starts_down):
                continue
            number += 1
            if starts_across:
                found.append(Entry(number, "across", row, col, grid.run_length(row, col, 0, 1)))
            if starts_down:
                found.append(Entry(number, "down", row, col, grid.run_length(row, col, 0, 1)))
    return found


def clue_list(grid: Grid) -> dict[str, list[str]]:
    """The enumerations for the clue list, e.g. {"across": ["1 (5)", ...], "down": [...]}."""
    listing: dict[str, list[str]] = {"across": [], "down": []}
    for entry in entries(grid):
        listing[entry.direction].append(f"{entry.number} ({entry.length})")
    return listing


def answers(grid: Grid) -> dict[str, str]:
    """The filled-in answers by label, e.g. {"1A": "CRANE", "1D": "CAT"}."""
    step = {"across": (0, 1), "down": (1, 0)}
    return {f"{e.number}{e.direction[0].upper()}": grid.letters(e.row, e.col, *step[e.direction])
            for e in entries(grid)}
