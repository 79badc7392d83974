"""Deckchair, windbreak and sunlounger hire on North Beach.

The attendant stamps the time on the ticket when the item goes out and again when
it comes back. Hire is by the half hour, any part of a half hour counting as a
whole one, and nobody pays more than the day rate for one item.
"""

from __future__ import annotations

# item: (pence a half hour, day rate in pence)
RATES = {
    "deckchair": (150, 800),
    "windbreak": (100, 500),
    "sunlounger": (250, 1200),
}


def minutes_out(out: str, back: str) -> int:
    """Minutes between two 'HH:MM' stamps on the same day."""
    out_hours, out_minutes = map(int, out.split(":"))
    back_hours, back_minutes = map(int, back.split(":"))
    minutes = (back_hours * 60 + back_minutes) - (out_hours * 60 + out_minutes)
    if minutes < 0:
        raise ValueError(f"back at {back} before out at {out}")
    return minutes


def charge(item: str, out: str, back: str) -> int:
    """Pence for one item hired from `out` to `back`."""
    rate, day_rate = RATES[item]
    minutes = minutes_out(out, back)
    half_hours = (minutes + 29) // 30
    return min(day_rate, half_hours * rate)


def read_tickets(text: str) -> list[tuple[str, str, str]]:
    """The day's ticket stubs: 'item out back' a line."""
    tickets = []
    for line in text.splitlines():
        if line.strip():
            item, out, back = line.split()
            if item not in RATES:
                raise ValueError(f"no such item: {item}")
            tickets.append((item, out, back))
    return tickets


def day_takings(tickets: list[tuple[str, str, str]]) -> dict[str, int]:
    """Pence taken for each item over the day, and the day's total under 'total'."""
    takings = {item: 0 for item in RATES}
    for item, out, back in tickets:
        takings[item] += charge(item, out, back)
    takings["total"] = sum(takings.values())
    return takings
