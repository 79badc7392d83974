"""When a bay of green waste has composted hot enough to sell.

The site's permit asks for the whole heap to hold 55 C or more for three days
running before it can be screened and sold as sanitised compost. A missed day of
readings breaks the run: there is no proof the heap stayed hot.
"""

from __future__ import annotations

from datetime import date

from readings import daily_lows

SANITISE_TEMP = 55.0
SANITISE_DAYS = 3


def sanitised_on(days: list[tuple[date, float]]) -> date | None:
    """The last day of the bay's first run of SANITISE_DAYS consecutive days at
    SANITISE_TEMP or more, or None if it has not had one yet."""
    for i in range(len(days) - SANITISE_DAYS):
        window = days[i : i + SANITISE_DAYS]
        hot = all(temp >= SANITISE_TEMP for _, temp in window)
        unbroken = (window[-1][0] - window[0][0]).days == SANITISE_DAYS - 1
        if hot and unbroken:
            return window[-1][0]
    return None


def bay_report(text: str) -> list[str]:
    """One line per bay for the site board."""
    lines = []
    for bay, days in daily_lows(text).items():
        done = sanitised_on(days)
        if done is not None:
            lines.append(f"Bay {bay}: sanitised {done.isoformat()}")
        else:
            peak = max(temp for _, temp in days)
            lines.append(f"Bay {bay}: not yet sanitised (best day {peak:.1f} C)")
    return lines
