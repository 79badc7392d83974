"""The first invoice a new tenant gets: rent for the rest of the month they move
in (by the day), next month's rent too when they move in late in the month, and
the deposit."""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from decimal import Decimal

from .money import show, to_pence

LATE_MOVE_IN_DAY = 20  # moving in on this day of the month or later: next month is paid up front


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def move_in_invoice(monthly_rent: Decimal, move_in: date, deposit_weeks: int = 5) -> list[tuple[str, Decimal]]:
    """(label, amount) lines; the move-in day is paid for, and the rent for part
    of a month is by the day over that month's length."""
    days = monthrange(move_in.year, move_in.month)[1]
    paid_days = days - move_in.day
    lines = [(f"rent {move_in:%d %b} to end of month", to_pence(monthly_rent * paid_days / days))]
    if move_in.day > LATE_MOVE_IN_DAY:
        lines.append((f"rent {next_month(move_in):%B %Y}", to_pence(monthly_rent)))
    weekly = monthly_rent * 12 / 52
    lines.append((f"deposit ({deposit_weeks} weeks)", to_pence(weekly * deposit_weeks)))
    return lines


def total(lines: list[tuple[str, Decimal]]) -> Decimal:
    return sum((amount for _, amount in lines), Decimal("0"))


def render(lines: list[tuple[str, Decimal]]) -> str:
    width = max(len(label) for label, _ in lines)
    body = [f"{label:<{width}}  {show(amount):>10}" for label, amount in lines]
    return "\n".join(body + [f"{'total':<{width}}  {show(total(lines)):>10}"])
