"""Planning the shearer's visit: who goes on the list, and how long the day will take."""

from __future__ import annotations

from datetime import date

from alpacas.animals import Alpaca

MIN_AGE_MONTHS = 9  # cria wait for the first visit after they are nine months old
SHEARING_INTERVAL_DAYS = 300  # about once a year; never twice in one season
LATE_PREGNANCY_DAYS = 60  # females this close to their due date are not put on the mat
MINUTES_PER_ANIMAL = 12


class Herd:
    def __init__(self, animals: list[Alpaca]):
        self.animals: dict[str, Alpaca] = {}
        for alpaca in animals:
            self.add(alpaca)

    def add(self, alpaca: Alpaca) -> None:
        if alpaca.name in self.animals:
            raise ValueError(f"there is already an alpaca called {alpaca.name}")
        self.animals[alpaca.name] = alpaca

    def due_for_shearing(self, day: date) -> list[str]:
        """The names to give the shearer for `day`, in name order: animals old enough,
        not shorn in the last 300 days, and not in the last 60 days before a cria is due."""
        due = []
        for alpaca in self.animals.values():
            if alpaca.age_in_months(day) < MIN_AGE_MONTHS:
                continue
            if alpaca.last_shorn is not None and (day - alpaca.last_shorn).days < SHEARING_INTERVAL_DAYS:
                continue
            cria_due = alpaca.due_to_cria()
            if cria_due is not None and 0 <= (cria_due - day).days <= LATE_PREGNANCY_DAYS:
                continue
            due.append(alpaca.name)
        return sorted(due)

    def record_shearing(self, names: list[str], day: date) -> None:
        for name in names:
            self.animals[name].last_shorn = day

    def shearing_minutes(self, day: date) -> int:
        """How long to book the shearer for: the animals due, plus setting up."""
        count = len(self.due_for_shearing(day))
        return count * MINUTES_PER_ANIMAL + 30 if count else 0
