"""The gritting contracts on our books, one row per site, exported from the
contracts spreadsheet. Paused contracts stay on the sheet until the season ends."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class Site:
    name: str
    area_m2: float
    priority: int  # 1: hospitals and care homes, first out; 3: retail car parks
    active: bool = True


def read_sites(text: str) -> list[Site]:
    """CSV with columns name,area_m2,priority,status (status 'active' or 'paused')."""
    sites = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        status = row["status"].strip().lower()
        if status not in ("active", "paused"):
            raise ValueError(f"{row['name']}: unknown status {status!r}")
        priority = int(row["priority"])
        if priority not in (1, 2, 3):
            raise ValueError(f"{row['name']}: priority must be 1, 2 or 3")
        sites.append(Site(row["name"].strip(), float(row["area_m2"]), priority, status == "active"))
    return sites
