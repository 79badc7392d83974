"""The scouring line takes so many kilos of greasy fleece a working day. Lots go
through in order of arrival; a lot that does not fit in what is left of the day
carries on into the next working day. The mill does not run at weekends or on its
shutdown days (maintenance, the show)."""

from __future__ import annotations

from datetime import date, timedelta

from woolmill.lots import Lot


class Mill:
    def __init__(self, capacity_kg: float, shutdowns: tuple[date, ...] = ()) -> None:
        self.capacity_kg = capacity_kg
        self.shutdowns = set(shutdowns)

    def works_on(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.shutdowns

    def schedule(self, lots: list[Lot], start: date) -> list[tuple[date, str, float]]:
        """(day, lot, kg) for each day's share of each lot, from start on."""
        plan = []
        day = start
        room = self.capacity_kg
        for lot in lots:
            left = lot.kg
            while left > 0:
                while not self.works_on(day):
                    day += timedelta(days=1)
                take = min(left, room)
                plan.append((day, lot.code, round(take, 2)))
                left -= take
                room -= take
                if room == 0:
                    day += timedelta(days=1)
                    room = self.capacity_kg
        return plan

    def ready_dates(self, lots: list[Lot], start: date) -> dict[str, date]:
        """The day each lot comes off the dryer, for ringing the farmers."""
        ready = {}
        for day, code, _kg in self.schedule(lots, start):
            ready[code] = day
        return ready
