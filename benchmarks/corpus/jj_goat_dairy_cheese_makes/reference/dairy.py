"""When to make cheese at a small goat dairy.

The goats are milked morning and evening into the bulk tank. A make takes one vat,
VAT_LITRES of milk. We make at most one vat a day, on any day the tank holds enough,
but never on a Sunday: the farm shop is open and there is nobody to cut the curd.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)
SUNDAY = 6
VAT_LITRES = 120.0
YIELD_KG_PER_LITRE = 0.11  # fresh chevre off the draining table


def read_milkings(text: str) -> dict[date, float]:
    """The parlour notebook, one milking a line: '2024-05-06 am 61.5'. Added up by day."""
    milk: dict[date, float] = defaultdict(float)
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        try:
            day, milking, litres = line.split()
            if milking not in ("am", "pm"):
                raise ValueError(milking)
            milk[date.fromisoformat(day)] += float(litres)
        except ValueError:
            raise ValueError(f"line {number}: expected 'date am|pm litres', got {line!r}") from None
    return dict(milk)


def make_days(milk: dict[date, float], start: date, end: date, in_tank: float = 0.0) -> list[tuple[date, float]]:
    """Every make from start to end (both included), as (day, litres left in the tank
    after the make). in_tank is the milk already waiting on the morning of start."""
    tank = in_tank

    def next_make(day: date) -> date | None:
        """The first day from `day` on when we can make, with that day's milk in the
        tank; None if there is none by `end`."""
        nonlocal tank
        while day <= end:
            tank += milk.get(day, 0.0)
            if day.weekday() == SUNDAY:  # nobody to cut the curd
                day += ONE_DAY
                continue
            if tank >= VAT_LITRES:
                return day
            day += ONE_DAY
        return None

    makes = []
    day = next_make(start)
    while day is not None:
        tank -= VAT_LITRES
        makes.append((day, round(tank, 1)))
        day = next_make(day + ONE_DAY)
    return makes


def cheese_by_week(makes: list[tuple[date, float]]) -> dict[date, float]:
    """Kilos of cheese made each week, by the Monday the week starts on."""
    weeks: dict[date, float] = defaultdict(float)
    for day, _left in makes:
        weeks[day - timedelta(days=day.weekday())] += round(VAT_LITRES * YIELD_KG_PER_LITRE, 1)
    return dict(weeks)
