"""The lab sheet kept at the press: `tank litres brix [acidity]` per line,
acidity (grams of malic acid per litre) left out until it has been titrated."""

from __future__ import annotations

from .tank import Tank


def parse_row(line: str) -> Tank:
    fields = line.split()
    if len(fields) not in (3, 4):
        raise ValueError(f"expected 3 or 4 fields: {line!r}")
    acidity = float(fields[3]) if len(fields) == 4 else None
    return Tank(fields[0], float(fields[1]), float(fields[2]), acidity)


def parse_sheet(text: str) -> dict[str, Tank]:
    tanks = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            tank = parse_row(line)
            tanks[tank.name] = tank
    return tanks
