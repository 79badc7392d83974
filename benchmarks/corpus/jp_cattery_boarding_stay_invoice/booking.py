"""Bookings as the front desk writes them in the diary:

    Hughes | Tigger*, Smudge | 2024-07-18 | 2024-07-25

household | cats (a * after a name: needs medication) | check in | check out
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Cat:
    name: str
    medicated: bool = False


@dataclass
class Stay:
    household: str
    cats: list[Cat]
    check_in: date
    check_out: date

    @property
    def nights(self) -> int:
        """Nights boarded; dropped off and collected the same day counts as one."""
        return max(1, (self.check_out - self.check_in).days)


def parse_booking(line: str) -> Stay:
    parts = [part.strip() for part in line.split("|")]
    if len(parts) != 4:
        raise ValueError(f"expected 'household | cats | in | out', got {line!r}")
    household, names, check_in, check_out = parts
    cats = []
    for name in names.split(","):
        name = name.strip()
        if not name:
            continue
        cats.append(Cat(name.rstrip("*").strip(), medicated=name.endswith("*")))
    if not cats:
        raise ValueError(f"no cats in booking for {household}")
    stay = Stay(household, cats, date.fromisoformat(check_in), date.fromisoformat(check_out))
    if stay.check_out < stay.check_in:
        raise ValueError(f"{household}: check out is before check in")
    return stay
