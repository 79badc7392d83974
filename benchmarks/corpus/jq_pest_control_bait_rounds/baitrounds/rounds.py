"""Which stations are due a check. Every station is checked at its contract interval;
one that showed activity last time is checked again within a week. A station that
has never been checked is due straight away."""

from __future__ import annotations

from datetime import date

from baitrounds.log import Station, Visit

CHECK_DAYS = {"rodent": 28, "insect": 42}
ACTIVITY_DAYS = 7


class Round:
    def __init__(self, stations: list[Station], visits: list[Visit]) -> None:
        self.stations = sorted(stations, key=lambda s: (s.site, s.code))
        self.visits = list(visits)

    def last_check(self, code: str) -> Visit | None:
        """The latest visit on which the station was actually checked."""
        latest = None
        for visit in self.visits:
            if visit.station == code:
                if latest is None or visit.day >= latest.day:
                    latest = visit
        return latest

    def due(self, today: date) -> list[tuple[str, int]]:
        """(station, days overdue) for every station due a check by today, site by site."""
        due = []
        for station in self.stations:
            last = self.last_check(station.code)
            if last is None:
                due.append((station.code, 0))
                continue
            interval = ACTIVITY_DAYS if last.activity else CHECK_DAYS[station.kind]
            overdue = (today - last.day).days - interval
            if overdue >= 0:
                due.append((station.code, overdue))
        return due

    def sites_to_visit(self, today: date) -> list[str]:
        """The sites with at least one station due, for the van's day sheet."""
        due = {code for code, _ in self.due(today)}
        return sorted({station.site for station in self.stations if station.code in due})
