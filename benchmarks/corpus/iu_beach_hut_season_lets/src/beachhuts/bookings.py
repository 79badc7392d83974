from __future__ import annotations

from beachhuts.huts import Hut

SEASON_WEEKS = 26  # week 1 starts the Saturday before Easter


class HutCalendar:
    def __init__(self, huts: list[Hut]):
        self.huts = {hut.number: hut for hut in huts}
        self.booked: dict[int, set[int]] = {hut.number: set() for hut in huts}

    def book(self, number: int, first_week: int, weeks: int = 1) -> int:
        """Let hut `number` for `weeks` weeks from `first_week`; returns the price."""
        if number not in self.huts:
            raise KeyError(number)
        if weeks < 1 or first_week < 1 or first_week + weeks - 1 > SEASON_WEEKS:
            raise ValueError("outside the season")
        wanted = set(range(first_week, first_week + weeks))
        if wanted & self.booked[number]:
            raise ValueError(f"hut {number} is already let for part of that time")
        self.booked[number] |= wanted
        return self.huts[number].weekly_rate * weeks

    def is_free(self, number: int, week: int) -> bool:
        return week not in self.booked[number]

    def free_huts(self, week: int, row: str | None = None) -> list[int]:
        return [n for n, hut in sorted(self.huts.items()) if self.is_free(n, week) and row in (None, hut.row)]

    def longest_free_run(self, number: int) -> tuple[int, int]:
        """The longest stretch of free weeks for hut `number` as (first week, weeks),
        the earliest if two are as long; (0, 0) when the hut is let all season."""
        best_start, best_length = 0, 0
        start, length = 0, 0
        for week in range(1, SEASON_WEEKS + 1):
            if week in self.booked[number]:
                continue
            if length == 0:
                start = week
            length += 1
            if length > best_length:
                best_start, best_length = start, length
        return best_start, best_length

    def occupancy(self) -> float:
        """The share of hut-weeks let this season, as a percentage."""
        if not self.huts:
            return 0.0
        let = sum(len(weeks) for weeks in self.booked.values())
        return round(100 * let / (len(self.huts) * SEASON_WEEKS), 1)
