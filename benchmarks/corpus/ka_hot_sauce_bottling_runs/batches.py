"""Bottling a batch of hot sauce off the kettle.

Some of every batch stays in the kettle, the pump and the funnel: about LOSS_PERCENT
of it. Bottles are only sold full; what is left over goes in the tasting jar for the
market stall. Sauces acidified to ACID_PH or below keep for longer.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

LOSS_PERCENT = 3
ACID_PH = 3.7
SHELF_MONTHS = 12
SHELF_MONTHS_ACID = 24


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass
class Batch:
    sauce: str
    litres: float
    ph: float
    bottled: date

    def plan(self, bottle_ml: int = 150) -> dict[str, object]:
        """Full bottles, millilitres left for the tasting jar, and the best-before date."""
        usable = self.litres * 1000 * (100 - LOSS_PERCENT) / 100
        bottles = round(usable / bottle_ml)
        leftover = round(self.litres * 1000 - bottles * bottle_ml)
        months = SHELF_MONTHS_ACID if self.ph <= ACID_PH else SHELF_MONTHS
        return {"bottles": bottles, "tasting ml": leftover, "best before": add_months(self.bottled, months)}
