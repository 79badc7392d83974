from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from livery.horses import Extra, Horse, nights_in, rate


@dataclass
class Invoice:
    owner: str
    month: str
    lines: list[tuple[str, float]] = field(default_factory=list)
    total: float = 0.0


def month_bounds(year: int, month: int) -> tuple[date, date]:
    days = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, days)


def owner_invoice(owner: str, horses: list[Horse], extras: list[Extra], year: int, month: int) -> Invoice:
    """The owner's bill for the month: each horse's livery for the nights it was on the
    yard, followed by that horse's extras (farrier, worming, clipping) in the month."""
    first, last = month_bounds(year, month)
    invoice = Invoice(owner, f"{year}-{month:02d}")
    total = 0.0
    for horse in horses:
        if horse.owner != owner:
            continue
        nights = nights_in(horse, first, last)
        if nights == 0:
            continue
        board = round(nights * rate(horse.package), 2)
        invoice.lines.append((f"{horse.name}: {horse.package} livery, {nights} nights", board))
        total += board
        for extra in sorted(extras, key=lambda e: e.day):
            if extra.horse == horse.name and first <= extra.day <= last:
                invoice.lines.append((f"{horse.name}: {extra.item} ({extra.day:%d %b})", extra.cost))
                total += board
    invoice.total = round(total, 2)
    return invoice


def yard_takings(horses: list[Horse], extras: list[Extra], year: int, month: int) -> float:
    owners = sorted({horse.owner for horse in horses})
    return round(sum(owner_invoice(owner, horses, extras, year, month).total for owner in owners), 2)
