"""What runners pay to enter, after the booking site takes its cut.

The booking site charges the race 5% of each entry plus 40p, at least 99p and at
most £2.50 an entry. Each entry price is set so the race keeps what that entry
has to bring in.
"""

from __future__ import annotations

PERCENT = 5
FIXED_PENCE = 40
MIN_FEE_PENCE = 99
MAX_FEE_PENCE = 250


def booking_fee(price_pence: int) -> int:
    """The booking site's cut of one entry, in pence (half pennies round up)."""
    fee = (price_pence * PERCENT + 50) // 100 + FIXED_PENCE
    return min(MAX_FEE_PENCE, max(MIN_FEE_PENCE, fee))


def kept(price_pence: int) -> int:
    return price_pence - booking_fee(price_pence)


def entry_price(needed_pence: int) -> int:
    """The lowest price, in pence, that leaves the race at least needed_pence. The
    cut never passes MAX_FEE_PENCE, so needed + MAX_FEE_PENCE always does."""
    low, high = 0, needed_pence + MAX_FEE_PENCE
    while low < high:
        middle = (low + high) // 2
        if kept(middle) >= needed_pence:
            high = middle
        else:
            low = middle
    return low
