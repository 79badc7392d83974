"""The batch log: one hydrometer reading a line, as written on the fermenter's tag.

    2024-03-02 1.112  pitched 71B-1122, 5 g Fermaid-O
    2024-03-04 1.098
    2024-03-07 1.071  degassed
"""

from __future__ import annotations

from datetime import date

# A hydrometer reading outside this is a misread or a typo.
LOWEST, HIGHEST = 0.980, 1.200


def read_log(text: str) -> list[tuple[date, float]]:
    """(day, specific gravity) for each reading, in the order written. Anything after
    the gravity is a note; blank lines are skipped."""
    readings = []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) < 2:
            raise ValueError(f"line {number}: no gravity after the date")
        day = date.fromisoformat(parts[0])
        gravity = float(parts[1])
        if not LOWEST <= gravity <= HIGHEST:
            raise ValueError(f"line {number}: gravity {gravity} is not a hydrometer reading")
        readings.append((day, gravity))
    return readings
