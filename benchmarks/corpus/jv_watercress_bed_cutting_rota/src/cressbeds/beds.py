"""The beds. A bed is first cut FIRST_CUT_DAYS after it is planted and then every
time the cress has grown back, which takes longer in the cold months when the
spring water is warmer than the air and little else grows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

FIRST_CUT_DAYS = 35
# Days for the cress to grow back after a cut, by the month of the first cut.
REGROWTH_DAYS = {12: 21, 1: 21, 2: 18, 11: 18, 3: 14, 10: 14}
SUMMER_REGROWTH_DAYS = 10


@dataclass(frozen=True)
class Bed:
    name: str
    planted: date
    bunches_per_cut: int

    def first_cut(self) -> date:
        return self.planted + timedelta(days=FIRST_CUT_DAYS)

    def regrowth(self) -> int:
        return REGROWTH_DAYS.get(self.first_cut().month, SUMMER_REGROWTH_DAYS)

    def cutting_days(self, start: date, end: date) -> list[date]:
        """The days this bed is cut from start to end, both days included."""
        first, every = self.first_cut(), self.regrowth()
        days = []
        for offset in range((end - start).days):
            day = start + timedelta(days=offset)
            since = (day - first).days
            if since >= 0 and since % every == 0:
                days.append(day)
        return days
