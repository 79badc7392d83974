"""Weekly summaries. Weeks run Monday to Sunday and are named by their Monday."""

from __future__ import annotations

from datetime import date, timedelta

from timesheet.entries import Entry


def weekly_totals(entries: list[Entry], project: str | None = None) -> dict[date, float]:
    """Hours per week (keyed by the week's Monday, in date order), for one project or all."""
    totals: dict[date, float] = {}
    for entry in entries:
        if project is not None and entry.project != project:
            continue
        monday = entry.day - timedelta(days=entry.day.weekday())
        totals[monday] = totals.get(monday, 0) + entry.hours
    return dict(sorted(totals.items()))


def overtime(entries: list[Entry], contract_hours: float = 40) -> dict[date, float]:
    return {monday: hours - contract_hours
            for monday, hours in weekly_totals(entries).items() if hours > contract_hours}
