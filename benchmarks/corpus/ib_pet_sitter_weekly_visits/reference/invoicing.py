from __future__ import annotations

from datetime import date, timedelta

from visits import Visit

SHORT_VISIT = 1200  # pence, up to 30 minutes
LONG_VISIT = 1800
WEEKLY_CAP = 7


def visits_in_week(visits: list[Visit], week_start: date) -> list[Visit]:
    """The visits on the seven days from `week_start` on (week_start and the six
    days after it), in date and time order."""
    last_day = week_start + timedelta(days=6)
    chosen = [visit for visit in visits if week_start <= visit.day <= last_day]
    return sorted(chosen, key=lambda visit: (visit.day, visit.start, visit.pet))


def visit_price(visit: Visit) -> int:
    return SHORT_VISIT if visit.minutes <= 30 else LONG_VISIT


def weekly_invoice(visits: list[Visit], week_start: date) -> dict[str, int]:
    """Pence owed per pet for the week; at most WEEKLY_CAP visits per pet are charged."""
    owed: dict[str, int] = {}
    charged: dict[str, int] = {}
    for visit in visits_in_week(visits, week_start):
        if charged.get(visit.pet, 0) < WEEKLY_CAP:
            owed[visit.pet] = owed.get(visit.pet, 0) + visit_price(visit)
            charged[visit.pet] = charged.get(visit.pet, 0) + 1
    return owed
