"""The tuner's price lists."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rates:
    tuning: float = 75.0  # the first piano at an address
    extra_piano: float = 55.0  # each further piano tuned on the same visit
    pitch_raise: float = 30.0  # a rough pass first, for a piano left far below A440
    per_mile: float = 0.45
    free_miles: float = 10.0  # each way, from the workshop


STANDARD = Rates()
SCHOOLS = Rates(tuning=65.0, extra_piano=45.0)  # term contracts with the county schools
CONCERT = Rates(tuning=110.0, extra_piano=110.0, free_miles=25.0)
