from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# Per night, by livery package.
RATES = {"full": 32.0, "part": 21.5, "grass": 8.0}


@dataclass
class Horse:
    name: str
    owner: str
    package: str
    arrived: date
    left: date | None = None  # the day the horse went home; that night is not charged


@dataclass
class Extra:
    horse: str
    day: date
    item: str
    cost: float


def nights_in(horse: Horse, first: date, last: date) -> int:
    """Nights the horse spent at the yard between `first` and `last`, both included."""
    start = max(horse.arrived, first)
    end = last + timedelta(days=1)
    if horse.left is not None:
        end = min(end, horse.left)
    return max((end - start).days, 0)


def rate(package: str) -> float:
    try:
        return RATES[package]
    except KeyError:
        raise ValueError(f"no such livery package: {package!r}") from None
