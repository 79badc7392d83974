"""Hire terms, as printed on the booking form:

- A deposit of £100 secures the date; the balance is paid on the day.
- Hires are for 3 hours at £350, and £80 for each hour beyond that.
- Cancel at least 28 days before the event and the deposit is refunded in full;
  any later and it is kept.
- A hire can be moved to another date once, at least 28 days before the event.
  The deposit goes with it.
"""

from __future__ import annotations

DEPOSIT = 100.00
BASE_HOURS = 3
BASE_PRICE = 350.00
EXTRA_HOUR = 80.00
NOTICE_DAYS = 28
MAX_MOVES = 1
BOOTHS = 2  # booths the business owns, so hires it can take on one date


def hire_price(hours: int) -> float:
    if hours < BASE_HOURS:
        raise ValueError(f"hires are for at least {BASE_HOURS} hours")
    return BASE_PRICE + (hours - BASE_HOURS) * EXTRA_HOUR
