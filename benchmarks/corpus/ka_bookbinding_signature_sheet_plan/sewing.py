"""The printer's sheet list and the thread for sewing the text block on tapes."""

from __future__ import annotations

import math

from signatures import sheet_pages

KETTLE_ALLOWANCE = 1.1  # the kettle stitches at head and tail take about a tenth more
TIE_ON_MM = 300


def print_list(plan: list[int]) -> list[str]:
    """One line a sheet for printing duplex: the outside spread, then the inside one."""
    lines = []
    for number, sheets in enumerate(sheet_pages(plan), start=1):
        for position, (a, b, c, d) in enumerate(sheets, start=1):
            lines.append(f"sig {number} sheet {position}: outside {d}|{a} inside {b}|{c}")
    return lines


def thread_mm(plan: list[int], spine_height_mm: float) -> int:
    """One spine height of thread a signature, the kettle allowance, and some to tie on."""
    return math.ceil(len(plan) * spine_height_mm * KETTLE_ALLOWANCE + TIE_ON_MM)
