"""A day's track cut into rides: a stop longer than the gap (the café, the
drive home) ends one ride and the next fix starts another."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ridelog.track import Fix, distance_km

MAX_GAP = datetime.timedelta(minutes=20)
MIN_FIXES = 2  # a single fix is the computer waking up, not a ride


@dataclass(frozen=True)
class RideSummary:
    start: datetime.datetime
    minutes: float
    km: float


def split_rides(fixes: list[Fix], max_gap: datetime.timedelta = MAX_GAP) -> list[list[Fix]]:
    rides = []
    current: list[Fix] = []
    for fix in sorted(fixes, key=lambda f: f.time):
        if current and fix.time - current[-1].time > max_gap:
            if len(current) >= MIN_FIXES:
                rides.append(current)
            current = []
        current.append(fix)
    if len(current) >= MIN_FIXES:
        rides.append(current)
    return rides


def summarise(ride: list[Fix]) -> RideSummary:
    km = sum(distance_km(a, b) for a, b in zip(ride, ride[1:]))
    minutes = (ride[-1].time - ride[0].time).total_seconds() / 60
    return RideSummary(ride[0].time, minutes, round(km, 2))


def day_summary(fixes: list[Fix], max_gap: datetime.timedelta = MAX_GAP) -> list[RideSummary]:
    return [summarise(ride) for ride in split_rides(fixes, max_gap)]
