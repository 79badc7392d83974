"""Lead came for leaded-light panels.

Came comes from the supplier in straight lengths of STOCK_MM. Every run of lead in a
panel (a border, or a line between two rows of glass) is cut from a single length:
we never join a run part way along, a soldered joint in the middle of a straight
line shows from the street.
"""

from __future__ import annotations

STOCK_MM = 2000
KERF_MM = 5  # lost to the lead knife at every cut


def run_lengths(width_mm: int, height_mm: int, vertical_bars: int = 0, horizontal_bars: int = 0) -> list[float]:
    """The runs of lead in a rectangular panel divided into a grid of panes: the four
    sides, the vertical bars full height, and each horizontal bar in short pieces
    between the vertical ones."""
    if width_mm <= 0 or height_mm <= 0:
        raise ValueError("a panel needs a width and a height")
    if vertical_bars < 0 or horizontal_bars < 0:
        raise ValueError("bars cannot be negative")
    runs: list[float] = [width_mm, width_mm, height_mm, height_mm]
    runs += [height_mm] * vertical_bars
    piece = round(width_mm / (vertical_bars + 1), 1)
    runs += [piece] * ((vertical_bars + 1) * horizontal_bars)
    return runs


def cutting_plan(runs: list[float]) -> list[list[float]]:
    """Which stock length each run is cut from: longest runs first, each into the first
    length that still has room for it (first fit decreasing), a new length when none
    has. Each cut loses KERF_MM."""
    plan: list[list[float]] = []
    left: list[float] = []
    runs = sorted(runs, reverse=True)
    for run in runs:
        if run > STOCK_MM:
            raise ValueError(f"a {run} mm run is longer than a {STOCK_MM} mm length of came")
        for i, room in enumerate(left):
            if run <= room:
                plan[i].append(run)
                left[i] = room - run - KERF_MM
                break
        else:
            plan.append([run])
            left.append(STOCK_MM - run - KERF_MM)
    return plan


def offcuts(plan: list[list[float]]) -> list[float]:
    """What is left of each length once its runs are cut, for the offcut box."""
    return [round(STOCK_MM - sum(runs) - KERF_MM * len(runs), 1) for runs in plan]
