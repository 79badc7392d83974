"""GPS fixes as the club's bike computers export them, one per line:
`2024-05-04T08:15:30 51.4501 -2.5873`."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Fix:
    time: datetime.datetime
    lat: float
    lon: float


def parse_track(text: str) -> list[Fix]:
    fixes = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            stamp, lat, lon = line.split()
            fixes.append(Fix(datetime.datetime.fromisoformat(stamp), float(lat), float(lon)))
        except ValueError:
            raise ValueError(f"line {number}: cannot read {line!r}") from None
    return fixes


def distance_km(a: Fix, b: Fix) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
