"""The harvest logbook the estate's warden checks: every cut, by day, beach and species."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from harvest.permits import Permit


class QuotaExceeded(Exception):
    pass


@dataclass(frozen=True)
class Cut:
    day: date
    beach: str
    species: str
    kg: float


class Logbook:
    def __init__(self, permits: list[Permit]) -> None:
        self.permits = {permit.beach: permit for permit in permits}
        self.cuts: list[Cut] = []

    def left_today(self, day: date, beach: str, species: str) -> float:
        """How many kg of a species may still be cut at a beach on a day."""
        permit = self.permits.get(beach)
        if permit is None or species not in permit.daily_kg or permit.is_closed(species, day):
            return 0.0
        taken = sum(cut.kg for cut in self.cuts if cut.day == day and cut.species == species)
        return max(0.0, permit.daily_kg[species] - taken)

    def record(self, day: date, beach: str, species: str, kg: float) -> None:
        if kg <= 0:
            raise ValueError(f"{kg} kg")
        left = self.left_today(day, beach, species)
        if kg > left + 1e-9:
            raise QuotaExceeded(f"{species} at {beach} on {day}: {left:g} kg left, {kg:g} kg cut")
        self.cuts.append(Cut(day, beach, species, kg))

    def totals(self) -> dict[str, float]:
        """Kg cut by species over the whole logbook, for the annual return."""
        totals: dict[str, float] = {}
        for cut in self.cuts:
            totals[cut.species] = round(totals.get(cut.species, 0.0) + cut.kg, 3)
        return totals
