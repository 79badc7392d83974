"""What a hire costs."""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

from toolhire.catalogue import Tool

SPRING_MONTHS = {4, 5, 6}
SPRING_SURCHARGE = Decimal("1.20")
ATTACHMENT_FEE = Decimal("3.50")  # per attachment, per day
WEEKLY_DAYS = 7
WEEKLY_DISCOUNT = Decimal("0.15")  # off the whole hire, from a week on
CENT = Decimal("0.01")


def day_rate(tool: Tool, day: datetime.date) -> Decimal:
    rate = tool.weekend_rate if day.weekday() >= 5 else tool.day_rate
    if tool.seasonal and day.month in SPRING_MONTHS:
        rate *= SPRING_SURCHARGE
    return rate


def hire_price(tool: Tool, start: datetime.date, days: int, attachments: int = 0) -> Decimal:
    if days < 1:
        raise ValueError("a hire is at least one day")
    if not 0 <= attachments <= tool.max_attachments:
        raise ValueError(f"{tool.name} takes up to {tool.max_attachments} attachments")
    total = Decimal("0")
    for n in range(days):
        total += day_rate(tool, start + datetime.timedelta(days=n))
    total += attachments * ATTACHMENT_FEE
    if days > WEEKLY_DAYS:
        total -= total * WEEKLY_DISCOUNT
    return total.quantize(CENT, rounding=ROUND_HALF_UP)


def hire_note(tool: Tool, start: datetime.date, days: int, attachments: int = 0) -> str:
    due_back = start + datetime.timedelta(days=days)
    price = hire_price(tool, start, days, attachments)
    return f"{tool.name} from {start:%a %d %b}, back by {due_back:%a %d %b}: GBP {price}"
