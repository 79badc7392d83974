"""Box sizes, prices and the delivery calendar for the veg box round."""

from __future__ import annotations

from datetime import date, timedelta

PRICES = {"small": 1450, "medium": 1900, "family": 2600}  # pence a box
LOYALTY_EVERY = 10  # every tenth box a customer receives is on the house
DELIVERY_DAY = 3  # Thursday: the van goes out once a week


def price_of(size: str) -> int:
    try:
        return PRICES[size]
    except KeyError:
        raise ValueError(f"no such box: {size!r}") from None


def week_of(day: date) -> date:
    """The Monday starting the delivery week that day falls in."""
    return day - timedelta(days=day.weekday())


def delivery_day(week: date) -> date:
    return week_of(week) + timedelta(days=DELIVERY_DAY)


def parse_pounds(text: str) -> int:
    """'£12.50', '12.5' or '12' in pence."""
    text = text.strip().lstrip("£")
    pounds, _, pence = text.partition(".")
    if not pounds.isdigit() or (pence and not pence.isdigit()) or len(pence) > 2:
        raise ValueError(f"not an amount: {text!r}")
    return int(pounds) * 100 + int(pence.ljust(2, "0"))
