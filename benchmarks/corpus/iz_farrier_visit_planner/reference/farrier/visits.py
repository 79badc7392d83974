from __future__ import annotations

from datetime import date, timedelta

from farrier.horses import Horse

SHOEING = 95.0
TRIM = 35.0
YARD_CALL_OUT = 20.0  # once per yard per visit, shared by the owners


class Diary:
    def __init__(self, horses: list[Horse]):
        self.horses = list(horses)

    def due_visits(self, today: date, horizon_days: int = 7) -> list[tuple[str, str, date]]:
        """(yard, horse, date due) for every horse due within `horizon_days` of today,
        overdue ones counted as due today, sorted by yard and then date. Horses the
        farrier has never seen are due straight away."""
        due = []
        for horse in self.horses:
            if horse.last_visit is None:
                due.append((horse.yard, horse.name, today))
                continue
            when = horse.last_visit + timedelta(weeks=horse.interval_weeks())
            if when <= today + timedelta(days=horizon_days):
                due.append((horse.yard, horse.name, max(when, today)))
        due.sort(key=lambda row: (row[0], row[2], row[1]))
        return due

    def charge(self, horse: Horse) -> float:
        return SHOEING if horse.shod else TRIM

    def yard_bill(self, yard: str, names: list[str]) -> float:
        """What a yard pays for a visit shoeing or trimming the named horses."""
        horses = [horse for horse in self.horses if horse.yard == yard and horse.name in names]
        if not horses:
            return 0.0
        return round(YARD_CALL_OUT + sum(self.charge(horse) for horse in horses), 2)
