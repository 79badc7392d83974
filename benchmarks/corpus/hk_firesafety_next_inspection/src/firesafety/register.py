"""The register the building manager keeps: every unit, and every check done on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .intervals import INTERVALS


@dataclass(frozen=True)
class Unit:
    tag: str
    kind: str
    location: str
    installed: date


class Register:
    def __init__(self) -> None:
        self.units: dict[str, Unit] = {}
        self.log: list[tuple[str, str, date]] = []  # (tag, task, day)

    def add(self, tag: str, kind: str, location: str, installed: date) -> Unit:
        if tag in self.units:
            raise ValueError(f"duplicate tag {tag}")
        if kind not in INTERVALS:
            raise ValueError(f"unknown kind of equipment: {kind}")
        self.units[tag] = unit = Unit(tag, kind, location, installed)
        return unit

    def record(self, tag: str, task: str, day: date) -> None:
        unit = self.units[tag]
        if task not in INTERVALS[unit.kind]:
            raise ValueError(f"{task!r} is not done on a {unit.kind}")
        self.log.append((tag, task, day))

    def next_due(self, tag: str) -> dict[str, date]:
        """When each task on the unit is next due: one interval after it was last
        done, or after the unit was installed if it never was."""
        unit = self.units[tag]
        due = {}
        for task, every in INTERVALS[unit.kind].items():
            done = [day for logged, name, day in self.log if logged == tag and name == tag]
            since = max(done) if done else unit.installed
            due[task] = since + timedelta(days=every)
        return due

    def overdue(self, today: date) -> list[tuple[str, str]]:
        """(tag, task) for every check that should have been done before today."""
        return sorted(
            (tag, task) for tag in self.units for task, day in self.next_due(tag).items() if day < today
        )

    def plan(self, start: date, days: int) -> list[tuple[date, str, str]]:
        """The checks falling due in the `days` days from start: (day, location, task)."""
        end = start + timedelta(days=days)
        found = []
        for tag, unit in self.units.items():
            for task, day in self.next_due(tag).items():
                if start <= day < end:
                    found.append((day, unit.location, task))
        return sorted(found)
