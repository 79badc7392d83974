"""The hives at one apiary site and what was last seen in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from apiary.seasons import inspection_interval

STATUSES = ("active", "queenless", "dead", "united")
LIVING = ("active", "queenless")


@dataclass
class Hive:
    name: str
    status: str = "active"
    last_inspected: date | None = None
    notes: list[str] = field(default_factory=list)


class Apiary:
    def __init__(self, site: str):
        self.site = site
        self.hives: dict[str, Hive] = {}

    def add(self, name: str) -> Hive:
        if name in self.hives:
            raise ValueError(f"{self.site} already has a hive called {name}")
        hive = self.hives[name] = Hive(name)
        return hive

    def record_inspection(self, name: str, day: date, note: str = "") -> None:
        hive = self.hives[name]
        hive.last_inspected = day
        if note:
            hive.notes.append(f"{day:%d %b}: {note}")

    def mark(self, name: str, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self.hives[name].status = status

    def unite(self, weak: str, strong: str, day: date) -> None:
        """Newspaper-unites a weak colony into a strong one: the weak hive is emptied."""
        self.mark(weak, "united")
        self.hives[strong].notes.append(f"{day:%d %b}: united with {weak}")

    def due_for_inspection(self, today: date) -> list[str]:
        """The hives to open on today's visit, by name: living colonies never inspected
        or not inspected for the interval the time of year calls for. Queenless colonies
        are looked at on every visit until they are requeened. Nothing in winter."""
        interval = inspection_interval(today)
        if interval is None:
            return []
        due = []
        for hive in self.hives.values():
            overdue = (
                hive.status == "queenless"
                or hive.last_inspected is None
                or (today - hive.last_inspected).days >= interval
            )
            if overdue and hive.status in LIVING:
                due.append(hive.name)
        return sorted(due)
