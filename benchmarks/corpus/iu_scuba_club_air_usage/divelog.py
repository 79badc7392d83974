"""The club's dive log: the CSV the dive computers' app exports, and the air-usage report
the training officer looks at before planning deeper dives."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from gas import ambient_pressure, litres_used


@dataclass(frozen=True)
class Dive:
    number: int
    diver: str
    site: str
    minutes: int
    avg_depth: float
    start_bar: int
    end_bar: int
    cylinder_litres: float = 12.0


def read_log(text: str) -> list[Dive]:
    """number,diver,site,minutes,avg_depth,start_bar,end_bar[,cylinder]"""
    dives = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        cylinder = (row.get("cylinder") or "").strip()
        dives.append(Dive(int(row["number"]), row["diver"].strip(), row["site"].strip(), int(row["minutes"]),
                          float(row["avg_depth"]), int(row["start_bar"]), int(row["end_bar"]),
                          float(cylinder) if cylinder else 12.0))
    return dives


def air_report(dives: list[Dive]) -> dict[str, dict[str, float | int | None]]:
    """Per diver: dives logged, litres breathed, and their surface air consumption
    (litres a minute at surface pressure) averaged over the dives, to one decimal."""

    def sac_rate(dive: Dive) -> float | None:
        if dive.minutes <= 0:
            return None
        litres = litres_used(dive.start_bar, dive.end_bar, dive.cylinder_litres)
        return litres / dive.minutes * ambient_pressure(dive.avg_depth)

    report: dict[str, dict[str, float | int | None]] = {}
    rates: dict[str, list[float]] = {}
    for dive in dives:
        entry = report.setdefault(dive.diver, {"dives": 0, "litres": 0.0, "sac": None})
        entry["dives"] += 1
        entry["litres"] += litres_used(dive.start_bar, dive.end_bar, dive.cylinder_litres)
        rate = sac_rate(dive)
        if rate is not None:
            rates.setdefault(dive.diver, []).append(rate)
    for diver, entry in report.items():
        if diver in rates:
            entry["sac"] = round(sum(rates[diver]) / len(rates[diver]), 1)
    return report


def heavy_breathers(report: dict[str, dict[str, float | int | None]], limit: float = 20.0) -> list[str]:
    """Divers whose SAC is over `limit` litres a minute: they are kept to buddy pairs with a reserve plan."""
    return sorted(diver for diver, entry in report.items() if entry["sac"] is not None and entry["sac"] > limit)
