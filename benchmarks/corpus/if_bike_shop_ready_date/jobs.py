from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    name: str
    days: int  # working days in the workshop
    price: float


CATALOGUE = {
    "puncture": Job("puncture", 0, 12.0),
    "brakes": Job("brakes", 1, 25.0),
    "gears": Job("gears", 1, 30.0),
    "service": Job("service", 2, 55.0),
    "full service": Job("full service", 3, 95.0),
    "wheel build": Job("wheel build", 4, 80.0),
}


def parse_jobs(text: str) -> list[Job]:
    """Jobs from the booking form, e.g. "service, brakes"; names are case-insensitive."""
    jobs = []
    for name in text.split(","):
        key = name.strip().lower()
        if not key:
            continue
        if key not in CATALOGUE:
            raise KeyError(f"no such job: {name.strip()!r}")
        jobs.append(CATALOGUE[key])
    return jobs
