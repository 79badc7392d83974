"""Which streets are swept (no parking, 8 to 11) on which day."""

from __future__ import annotations

import datetime

from sweeping.rules import Rule

ONE_DAY = datetime.timedelta(days=1)


def swept_on(day: datetime.date, rules: list[Rule], holidays: frozenset = frozenset()) -> list[str]:
    """The streets swept on a day, in rule order: each rule from its first sweep
    on, on its weekday every so many weeks; nothing on public holidays."""
    if day in holidays:
        return []
    streets = []
    for rule in rules:
        weeks, days = divmod((day - rule.first).days, 7)
        if days == 0 and weeks % rule.every_weeks == 0:
            streets.append(rule.street)
    return streets


def next_sweep(street: str, rules: list[Rule], after: datetime.date,
               holidays: frozenset = frozenset(), horizon: int = 400) -> datetime.date | None:
    """The first day after `after` on which the street is swept, looking up to `horizon` days ahead."""
    day = after
    for _ in range(horizon):
        day += ONE_DAY
        if street in swept_on(day, rules, holidays):
            return day
    return None


def month_plan(year: int, month: int, rules: list[Rule],
               holidays: frozenset = frozenset()) -> dict[datetime.date, list[str]]:
    """Sweeping days of a month and their streets, for the residents' newsletter."""
    plan = {}
    day = datetime.date(year, month, 1)
    while day.month == month:
        streets = swept_on(day, rules, holidays)
        if streets:
            plan[day] = streets
        day += ONE_DAY
    return plan
