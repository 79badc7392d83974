"""Planning the week's yard visits from the horses on the books."""

from __future__ import annotations

from datetime import date

from horsedentist.horses import Horse

CALL_OUT = 25.0
PER_HORSE = 55.0


class Diary:
    def __init__(self, horses: list[Horse]) -> None:
        self.horses = list(horses)

    def at_yard(self, yard: str) -> list[Horse]:
        return [horse for horse in self.horses if horse.yard == yard]

    def yard_visits(self, on: date) -> dict[str, list[str]]:
        """The yards worth a visit on `on`, each with the names of its horses that are
        due, yards and names in alphabetical order. Sold horses stay on the books
        but are no longer seen."""
        yards: dict[str, list[str]] = {}
        for horse in self.horses:
            if horse.due(on) and not horse.sold:
                yards.setdefault(horse.yard, []).append(horse.name)
        return {yard: sorted(names) for yard, names in sorted(yards.items())}

    def record_visit(self, yard: str, on: date, seen: list[str]) -> float:
        """Mark the horses seen as rasped on `on`; the bill for the yard."""
        for horse in self.at_yard(yard):
            if horse.name in seen:
                horse.last_rasp = on
        return CALL_OUT + PER_HORSE * len(seen) if seen else 0.0
