"""Who mucks out the paddocks and stables on which day.

The yard is shut to volunteers on Mondays (farrier and vet day) and on any other
date the manager closes it. Every open day wants PER_DAY volunteers; each shift goes
to whoever can come that weekday and has done fewest so far, by name when tied.
"""

from __future__ import annotations

from datetime import date, timedelta

from muckrota.volunteers import Volunteer

CLOSED_WEEKDAYS = {0}
PER_DAY = 2
ONE_DAY = timedelta(days=1)


class Rota:
    def __init__(self, volunteers: list[Volunteer], closed: set[date] | None = None):
        self.volunteers = list(volunteers)
        self.closed = set(closed or ())
        self.shifts = {volunteer.name: 0 for volunteer in self.volunteers}
        self.days: dict[date, list[str]] = {}

    def is_open(self, day: date) -> bool:
        return day.weekday() not in CLOSED_WEEKDAYS and day not in self.closed

    def fill(self, start: date, end: date) -> list[date]:
        """Rotas every open day from start to end, both included, and returns the
        days that are short of volunteers."""
        short = []
        day = start
        while day <= end:
            if not self.is_open(day):
                day += ONE_DAY
                continue
            available = [v.name for v in self.volunteers if v.can_do(day)]
            chosen = sorted(available, key=lambda name: (self.shifts[name], name))[:PER_DAY]
            for name in chosen:
                self.shifts[name] += 1
            self.days[day] = chosen
            if len(chosen) < PER_DAY:
                short.append(day)
            day += ONE_DAY
        return short

    def shifts_for(self, name: str) -> list[date]:
        return [day for day, names in sorted(self.days.items()) if name in names]
