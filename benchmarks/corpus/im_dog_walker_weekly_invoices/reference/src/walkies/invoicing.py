"""Weekly invoices, Monday to Sunday, sent out on Monday morning."""

from __future__ import annotations

from datetime import date, timedelta

from walkies.walks import Walk

HALF_HOUR = 12.00
HOUR = 20.00
EXTRA_DOG = 5.00
LATE_CANCELLATION_SHARE = 0.5


def walk_price(walk: Walk) -> float:
    """Half-hour or hour rate for the first dog, plus a flat amount for each extra dog."""
    base = HOUR if walk.minutes > 30 else HALF_HOUR
    return base + EXTRA_DOG * (walk.dogs - 1)


def weekly_invoice(walks: list[Walk], client: str, monday: date) -> tuple[list[tuple[str, str, float]], float]:
    """The client's lines for the week starting `monday` as (date, description, amount),
    in date order, and the total. Walks called off on the day are charged at half price."""
    next_monday = monday + timedelta(days=7)
    lines = []
    for walk in sorted(walks, key=lambda w: w.day):
        if walk.client != client or not monday <= walk.day < next_monday:
            continue
        price = walk_price(walk)
        description = f"{walk.minutes} min walk, {walk.dogs} dog{'s' if walk.dogs > 1 else ''}"
        if walk.cancelled_late:
            price *= LATE_CANCELLATION_SHARE
            description += " (cancelled on the day)"
        lines.append((walk.day.isoformat(), description, round(price, 2)))
    total = round(sum(amount for _, _, amount in lines), 2)
    return lines, total


def week_takings(walks: list[Walk], monday: date) -> dict[str, float]:
    """Each client's total for the week, for the notebook."""
    names = sorted({walk.client for walk in walks})
    return {name: weekly_invoice(walks, name, monday)[1] for name in names}
