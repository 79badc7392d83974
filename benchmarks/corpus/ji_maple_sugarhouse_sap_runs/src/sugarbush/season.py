"""One season's collecting: the litres of sap brought in from the buckets each day,
and its sugar content off the refractometer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sugarbush.syrup import expected_syrup


@dataclass(frozen=True)
class Collection:
    day: date
    litres: float
    brix: float


class SeasonLog:
    def __init__(self, sugarbush: str, taps: int):
        self.sugarbush = sugarbush
        self.taps = taps
        self.days: dict[date, Collection] = {}

    def record(self, day: date, litres: float, brix: float) -> None:
        """A trip round the buckets. A second trip on the same day goes in the same
        tank, so its sugar is mixed in by volume."""
        if litres < 0:
            raise ValueError("litres collected cannot be negative")
        earlier = self.days.get(day)
        if earlier is not None and earlier.litres + litres > 0:
            total = earlier.litres + litres
            brix = (earlier.brix * earlier.litres + brix * litres) / total
            litres = total
        self.days[day] = Collection(day, litres, brix)

    def total_sap(self) -> float:
        return round(sum(c.litres for c in self.days.values()), 1)

    def litres_per_tap(self) -> float:
        return round(self.total_sap() / self.taps, 2) if self.taps else 0.0

    def expected_syrup(self) -> float:
        return round(sum(expected_syrup(c.litres, c.brix) for c in self.days.values() if c.litres), 2)

    def runs(self) -> list[tuple[date, date, float]]:
        """Sap runs: stretches of consecutive days on which the sap flowed, as
        (first day, last day, litres). A day with no sap ends a run, and so does a day
        nobody went round the buckets."""
        runs: list[list[Collection]] = []
        current: list[Collection] = []
        for day in sorted(self.days):
            collection = self.days[day]
            if collection.litres == 0:
                continue
            if current and (day - current[-1].day).days > 1:
                runs.append(current)
            current.append(collection)
        if current:
            runs.append(current)
        return [(run[0].day, run[-1].day, round(sum(c.litres for c in run), 1)) for run in runs]

    def best_run(self) -> tuple[date, date, float] | None:
        runs = self.runs()
        return max(runs, key=lambda run: run[2]) if runs else None
