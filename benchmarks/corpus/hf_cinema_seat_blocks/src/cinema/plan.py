"""Seating plans as the box office draws them, one row a line, front row first:

    A: ..XX..
    B: ......

'.' is a free seat, 'X' a sold one; seats are numbered from 1, left to right.
"""

from __future__ import annotations


def parse_plan(text: str) -> dict[str, list[bool]]:
    """Row letter -> whether each seat is taken."""
    rows: dict[str, list[bool]] = {}
    for line in text.strip().splitlines():
        letter, sep, seats = line.partition(":")
        seats = seats.strip()
        if not sep or set(seats) - {".", "X"}:
            raise ValueError(f"bad row {line!r}")
        rows[letter.strip()] = [seat == "X" for seat in seats]
    return rows


def draw_plan(rows: dict[str, list[bool]]) -> str:
    return "\n".join(f"{letter}: {''.join('X' if taken else '.' for taken in seats)}" for letter, seats in rows.items())


def seat_labels(row: str, first: int, count: int) -> list[str]:
    return [f"{row}{number}" for number in range(first, first + count)]
