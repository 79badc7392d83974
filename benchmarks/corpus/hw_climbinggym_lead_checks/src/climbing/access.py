"""What the desk lets a member climb on a given day."""

from __future__ import annotations

import datetime

from climbing.members import Member
from climbing.wall import Route, on_rope


def can_climb(member: Member, route: Route, day: datetime.date) -> bool:
    """Any route needs a membership paid up to the day; rope routes a belay check;
    lead routes also a lead certificate that has not lapsed by the day."""
    if member.paid_until < day:
        return False
    if on_rope(route) and not member.belay_checked:
        return False
    if route.style == "lead" and member.lead_expires is None:
        return False
    return True


def climbable(member: Member, routes: list[Route], day: datetime.date) -> list[str]:
    return [route.name for route in routes if can_climb(member, route, day)]


def renewals_due(members: list[Member], day: datetime.date, within_days: int = 30) -> list[str]:
    """Members whose lead certificate lapses within the next `within_days` days,
    soonest first, for the reminder emails."""
    horizon = day + datetime.timedelta(days=within_days)
    due = [m for m in members if m.lead_expires is not None and day <= m.lead_expires <= horizon]
    return [m.name for m in sorted(due, key=lambda m: (m.lead_expires, m.name))]
