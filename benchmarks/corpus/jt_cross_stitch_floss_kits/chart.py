"""Reading a counted cross-stitch chart as the design program exports it.

The chart is a grid of symbols, one row of the design a line, with '.' for bare
fabric. Below a line reading KEY, each symbol gets its DMC thread and its stitch:

    @ 310 full
    x 3865 full
    / 3865 half
"""

from __future__ import annotations

from dataclasses import dataclass

EMPTY = "."
STITCH_WEIGHT = {"full": 1.0, "half": 0.5}


@dataclass(frozen=True)
class KeyEntry:
    symbol: str
    dmc: str
    stitch: str  # "full" or "half"


def read_chart(text: str) -> tuple[list[str], dict[str, KeyEntry]]:
    """The grid's rows and the key."""
    grid_text, _, key_text = text.strip().partition("\nKEY\n")
    rows = [line.strip() for line in grid_text.splitlines() if line.strip()]
    key = {}
    for line in key_text.splitlines():
        if not line.strip():
            continue
        symbol, dmc, stitch = line.split()
        if stitch not in STITCH_WEIGHT:
            raise ValueError(f"unknown stitch {stitch!r} for {symbol!r}")
        key[symbol] = KeyEntry(symbol, dmc, stitch)
    for row in rows:
        for symbol in row:
            if symbol != EMPTY and symbol not in key:
                raise ValueError(f"symbol {symbol!r} is not in the key")
    return rows, key


def stitch_counts(rows: list[str], key: dict[str, KeyEntry]) -> dict[str, float]:
    """Stitches of each DMC thread, a half stitch counting as half a full cross."""
    counts: dict[str, float] = {}
    for row in rows:
        for symbol in row:
            if symbol == EMPTY:
                continue
            entry = key[symbol]
            counts[entry.dmc] = counts.get(entry.dmc, 0.0) + STITCH_WEIGHT[entry.stitch]
    return counts
