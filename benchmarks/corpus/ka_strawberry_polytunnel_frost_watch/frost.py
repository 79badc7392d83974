"""Frost watch for the strawberry polytunnels.

A logger in each tunnel reads the air at crop height every half hour through the
night; the morning export is CSV with the columns tunnel,time,celsius. A blank
reading is the logger dropping out and is left out. Open flowers are damaged at
FROST_C or below, and a tunnel gets the fleece over the rows from now on if it
spent FLEECE_AFTER readings in a row (an hour and a half) at or below it.
"""

from __future__ import annotations

import csv
import io

FROST_C = 0.5
FLEECE_AFTER = 3


def read_log(text: str) -> dict[str, list[float]]:
    """The night's readings of each tunnel, in the order they were taken."""
    log: dict[str, list[float]] = {}
    rows = csv.DictReader(io.StringIO(text.strip()))
    for row in sorted(rows, key=lambda r: (r["tunnel"], r["time"])):
        readings = log.setdefault(row["tunnel"].strip(), [])
        if row["celsius"].strip():
            readings.append(float(row["celsius"]))
    return log


def night_report(log: dict[str, list[float]]) -> dict[str, dict[str, object]]:
    """For each tunnel: the lowest reading, how many were at frost, the longest spell
    of frost readings in a row, and whether it needs the fleece."""

    def longest_spell(readings: list[float]) -> int:
        run = longest = 0
        for celsius in readings:
            if celsius and celsius <= FROST_C:
                run += 1
                longest = max(longest, run)
            else:
                run = 0
        return longest

    report = {}
    for tunnel, readings in sorted(log.items()):
        spell = longest_spell(readings)
        report[tunnel] = {
            "lowest": min(readings) if readings else None,
            "frost readings": sum(1 for celsius in readings if celsius <= FROST_C),
            "longest spell": spell,
            "fleece": spell >= FLEECE_AFTER,
        }
    return report


def tunnels_to_fleece(report: dict[str, dict[str, object]]) -> list[str]:
    return [tunnel for tunnel, night in report.items() if night["fleece"]]
