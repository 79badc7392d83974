"""Written instructions and yarn estimates from a chart."""

from __future__ import annotations

from itertools import groupby

from .chart import Chart


def row_instructions(chart: Chart, row: int, stitches: int) -> str:
    """'Rnd 3: 2 M, 1 C, ...' for a round of `stitches` stitches."""
    colours = "".join(chart.stitch(row, st) for st in range(1, stitches + 1))
    runs = [f"{len(list(group))} {colour}" for colour, group in groupby(colours)]
    return f"Rnd {row}: " + ", ".join(runs)


def stitch_counts(chart: Chart, rows: int, stitches: int) -> dict[str, int]:
    """Stitches of each colour in a piece `rows` rounds high and `stitches` round."""
    counts = {colour: 0 for colour in chart.colours()}
    for row in range(1, rows + 1):
        for st in range(1, stitches + 1):
            counts[chart.stitch(row, st)] += 1
    return counts


def floats(chart: Chart, row: int, stitches: int) -> int:
    """The longest run of one colour in a round: the longest float carried behind."""
    colours = "".join(chart.stitch(row, st) for st in range(1, stitches + 1))
    return max(len(list(group)) for _, group in groupby(colours))
