"""Free time in each chair, so the front desk can take walk-ins."""

from __future__ import annotations

from salon.bookings import Booking, clock

OPENS = 9 * 60
CLOSES = 18 * 60


def free_gaps(bookings: list[Booking], opens: int = OPENS, closes: int = CLOSES,
              shortest: int = 15) -> list[tuple[int, int]]:
    """The stretches of at least `shortest` minutes between opening and closing
    when none of these bookings is running, in order. Bookings may overlap (a
    fringe trim squeezed in while a colour develops)."""
    gaps = []
    cursor = opens
    for booking in sorted(bookings, key=lambda b: b.start):
        start, end = booking.start, booking.end
        if min(start, closes) - cursor >= shortest:
            gaps.append((cursor, min(start, closes)))
        cursor = max(opens, end)
    if closes - cursor >= shortest:
        gaps.append((cursor, closes))
    return gaps


def gaps_by_chair(bookings: list[Booking], opens: int = OPENS, closes: int = CLOSES,
                  shortest: int = 15) -> dict[int, list[str]]:
    """chair -> its free stretches as 'HH:MM-HH:MM', for every chair booked today."""
    chairs = sorted({b.chair for b in bookings})
    result = {}
    for chair in chairs:
        mine = [b for b in bookings if b.chair == chair]
        result[chair] = [f"{clock(a)}-{clock(b)}" for a, b in free_gaps(mine, opens, closes, shortest)]
    return result
