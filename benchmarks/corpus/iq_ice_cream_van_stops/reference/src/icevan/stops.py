"""Where the van stopped and what it took there, worked out from the till."""

from __future__ import annotations

from datetime import timedelta

from icevan.till import Sale

NEW_STOP_GAP = timedelta(minutes=10)


def group_stops(sales: list[Sale], gap: timedelta = NEW_STOP_GAP) -> list[list[Sale]]:
    """Splits the day's sales into stops: a quiet spell longer than `gap` means the van moved on."""
    stops: list[list[Sale]] = []
    current: list[Sale] = []
    for sale in sales:
        if current and sale.at - current[-1].at > gap:
            stops.append(current)
            current = []
        current.append(sale)
    if current:
        stops.append(current)
    return stops


def stop_summary(sales: list[Sale]) -> list[dict]:
    rows = []
    for stop in group_stops(sales):
        rows.append(
            {
                "from": stop[0].at.strftime("%H:%M"),
                "to": stop[-1].at.strftime("%H:%M"),
                "sales": len(stop),
                "pence": sum(sale.pence for sale in stop),
            }
        )
    return rows


def busiest_stop(sales: list[Sale]) -> str | None:
    """The time the best-taking stop started, or None on a washed-out day."""
    rows = stop_summary(sales)
    if not rows:
        return None
    return max(rows, key=lambda row: row["pence"])["from"]
