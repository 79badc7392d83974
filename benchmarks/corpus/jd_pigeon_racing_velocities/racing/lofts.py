"""Members' lofts and how far they are from a race point."""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_YARDS = 6_371_000 / 0.9144


@dataclass(frozen=True)
class Loft:
    member: str
    lat: float
    lon: float


def distance_yards(loft: Loft, lat: float, lon: float) -> float:
    """Great-circle distance from a race point to the loft."""
    phi1, phi2 = math.radians(lat), math.radians(loft.lat)
    dphi = phi2 - phi1
    dlambda = math.radians(loft.lon - lon)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_YARDS * math.asin(math.sqrt(a))


def read_lofts(text: str) -> dict[str, Loft]:
    """The club's loft register, 'member,lat,lon' a line."""
    lofts = {}
    for line in text.strip().splitlines():
        member, lat, lon = (part.strip() for part in line.split(","))
        lofts[member] = Loft(member, float(lat), float(lon))
    return lofts
