"""The weighing log stuck on the hibernation fridge, one weighing a line:

    2024-11-03  Shelly  812g

Blank lines and # notes are ignored.
"""

from __future__ import annotations

from datetime import date


def read_log(text: str) -> dict[str, list[tuple[date, int]]]:
    """Each tortoise's weighings, (day, grams), in the order they were written."""
    weighings: dict[str, list[tuple[date, int]]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 3 or not parts[2].endswith("g"):
            raise ValueError(f"line {number}: expected 'YYYY-MM-DD name grams'")
        day = date.fromisoformat(parts[0])
        grams = int(parts[2][:-1])
        if grams <= 0:
            raise ValueError(f"line {number}: {grams}g is not a weight")
        weighings.setdefault(parts[1], []).append((day, grams))
    return weighings
