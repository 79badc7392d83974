"""Hedge cutting contracts. Farm hedges are not cut while birds nest, 1 March to
31 August. Each contract has its first cut and then a cut every so many weeks; a
cut that would fall in the nesting season waits for the first day after it, and
the weeks run on from there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

NESTING_STARTS = (3, 1)
NESTING_ENDS = (8, 31)


def in_nesting_season(day: date) -> bool:
    return NESTING_STARTS <= (day.month, day.day) <= NESTING_ENDS


@dataclass(frozen=True)
class Contract:
    client: str
    metres: int
    first_cut: date
    every_weeks: int

    def cut_dates(self, until: date) -> list[date]:
        """The cuts from the first one up to and including `until`."""
        cuts = []
        day = self.first_cut
        while day <= until:
            if in_nesting_season(day):
                day = date(day.year, *NESTING_ENDS)
                continue
            cuts.append(day)
            day += timedelta(weeks=self.every_weeks)
        return cuts


def read_contracts(text: str) -> list[Contract]:
    """One contract a line: client; metres; first cut (YYYY-MM-DD); weeks between cuts."""
    contracts = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        client, metres, first, weeks = (part.strip() for part in line.split(";"))
        if int(weeks) < 1:
            raise ValueError(f"{client}: cuts must be at least a week apart")
        contracts.append(Contract(client, int(metres), date.fromisoformat(first), int(weeks)))
    return contracts
