"""Men's shoe sizes in the European and the US systems, smallest first; sizes on
the same row fit the same foot."""

from __future__ import annotations

TABLE = [
    ("39", "6.5"), ("40", "7"), ("40.5", "7.5"), ("41", "8"), ("42", "8.5"), ("42.5", "9"),
    ("43", "9.5"), ("44", "10"), ("44.5", "10.5"), ("45", "11"), ("46", "11.5"), ("46.5", "12"),
    ("47", "12.5"), ("48", "13"),
]
SYSTEMS = ("eu", "us")


class UnknownSize(ValueError):
    pass


def size_rank(size: str, system: str) -> int:
    """Position of the size in TABLE: higher is bigger."""
    if system not in SYSTEMS:
        raise UnknownSize(f"no such system {system!r}")
    column = SYSTEMS.index(system)
    wanted = size.strip()
    for rank, row in enumerate(TABLE):
        if row[column] == wanted:
            return rank
    raise UnknownSize(f"{size!r} is not a {system} size")


def convert(size: str, source: str, target: str) -> str:
    if target not in SYSTEMS:
        raise UnknownSize(f"no such system {target!r}")
    return TABLE[size_rank(size, source)][SYSTEMS.index(target)]
