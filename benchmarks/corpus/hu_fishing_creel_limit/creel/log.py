"""An angler's catch log, checked against the rules as fish come in."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from creel.rules import Rule


@dataclass
class Catch:
    species: str
    length_cm: int
    day: datetime.date
    kept: bool


class Creel:
    def __init__(self, rules: dict[str, Rule]) -> None:
        self.rules = rules
        self.catches: list[Catch] = []

    def may_keep(self, species: str, length_cm: int, day: datetime.date) -> bool:
        """Whether a fish may go in the bag: the species is open that month, the fish
        is at least the minimum size, and the angler has not yet kept a full bag of
        it that day (fish put back do not count)."""
        rule = self.rules.get(species.lower())
        if rule is None or day.month in rule.closed_months:
            return False
        if length_cm < rule.min_length_cm:
            return False
        kept = 0
        for catch in self.catches:
            if catch.species == rule.species and catch.day == day:
                kept += 1
        return kept < rule.daily_bag

    def land(self, species: str, length_cm: int, day: datetime.date) -> bool:
        """Log a fish; it is kept if the rules allow it, else released."""
        keep = self.may_keep(species, length_cm, day)
        self.catches.append(Catch(species.lower(), length_cm, day, keep))
        return keep

    def put_back(self, species: str, length_cm: int, day: datetime.date) -> None:
        """Log a fish the angler chose to release."""
        self.catches.append(Catch(species.lower(), length_cm, day, False))

    def bag(self, day: datetime.date) -> dict[str, int]:
        counts: dict[str, int] = {}
        for catch in self.catches:
            if catch.kept and catch.day == day:
                counts[catch.species] = counts.get(catch.species, 0) + 1
        return counts
