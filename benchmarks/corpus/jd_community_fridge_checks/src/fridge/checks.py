"""The morning and evening checks: what has to come out of the fridge."""

from __future__ import annotations

from datetime import date

from fridge.items import BEST_BEFORE, USE_BY, Item

BEST_BEFORE_GRACE_DAYS = 30  # our policy for dry and tinned goods past best before
OPENED_CHILLED_DAYS = 2


def to_remove(items: list[Item], today: date, logged: dict[str, date] | None = None) -> list[tuple[str, str]]:
    """(item, reason) for everything to take out today. Food can be given out up to and
    including its use-by date; best-before food may stay a while after its date;
    opened chilled food goes after two days in the fridge."""
    logged = logged or {}
    out = []
    for item in items:
        if item.date < today:
            out.append((item.name, "past use by"))
        elif item.date_kind == BEST_BEFORE and (today - item.date).days > BEST_BEFORE_GRACE_DAYS:
            out.append((item.name, "long past best before"))
        elif item.opened and item.chilled and (today - logged.get(item.name, today)).days >= OPENED_CHILLED_DAYS:
            out.append((item.name, "opened"))
    return out


def still_good(items: list[Item], today: date, logged: dict[str, date] | None = None) -> list[Item]:
    gone = {name for name, _ in to_remove(items, today, logged)}
    return [item for item in items if item.name not in gone]


def take_me_first(items: list[Item], today: date) -> list[str]:
    """Use-by food for the 'take me first' shelf: due today or tomorrow, soonest first."""
    soon = [item for item in items if item.date_kind == USE_BY and 0 <= (item.date - today).days <= 1]
    return [item.name for item in sorted(soon, key=lambda item: (item.date, item.name))]
