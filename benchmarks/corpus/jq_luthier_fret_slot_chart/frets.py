"""Fret slot charts for the slotting jig. Positions are equal-tempered: the slot for
fret n sits at scale - scale / 2^(n/12) from the nut. The chart also gives the gap
from the previous slot, which is what gets marked off along the steel rule."""

from __future__ import annotations

from scales import scale_mm


def slot_chart(scale: float, frets: int) -> list[tuple[int, float, float]]:
    """(fret, mm from the nut, mm from the previous slot) for frets 1 to frets, to 0.01 mm."""
    chart = []
    previous = 0.0
    for fret in range(1, frets):
        position = scale - scale / 2 ** fret / 12
        chart.append((fret, round(position, 2), round(position - previous, 2)))
        previous = position
    return chart


def chart_lines(order: str, frets: int) -> list[str]:
    """The chart as printed to tape onto the fretboard blank."""
    scale = scale_mm(order)
    lines = [f"scale {scale:.2f} mm, {frets} frets", "fret   from nut   gap"]
    for fret, from_nut, gap in slot_chart(scale, frets):
        lines.append(f"{fret:>4} {from_nut:>10.2f} {gap:>5.2f}")
    return lines
