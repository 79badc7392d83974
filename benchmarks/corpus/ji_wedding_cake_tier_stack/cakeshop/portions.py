"""Wedding portions (1in x 1in fingers, 4in deep) a tier cuts into, by shape and
size across in inches, from the chart pinned up in the kitchen."""

from __future__ import annotations

PORTIONS = {
    "round": {4: 6, 6: 12, 8: 24, 10: 38, 12: 56, 14: 78},
    "square": {6: 18, 8: 32, 10: 50, 12: 72, 14: 98},
}


def portions(shape: str, size: int) -> int:
    try:
        return PORTIONS[shape][size]
    except KeyError:
        raise ValueError(f"no {size}in {shape} tin") from None
