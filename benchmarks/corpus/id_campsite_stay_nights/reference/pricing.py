from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from pitches import Pitch

PEAK_SEASON = ((7, 1), (8, 31))  # (month, day) of the first and last peak nights
PEAK_SURCHARGE = Decimal("1.5")
EXTRA_GUEST_FEE = Decimal("6.00")
ELECTRIC_HOOKUP = Decimal("4.50")
CENT = Decimal("0.01")


def is_peak(night: date) -> bool:
    first, last = PEAK_SEASON
    return first <= (night.month, night.day) <= last


def stay_cost(pitch: Pitch, arrival: date, departure: date, guests: int) -> Decimal:
    """The cost of a stay from `arrival` to `departure` (the day the guests leave,
    which is not a night): each night costs the pitch's nightly rate, times
    PEAK_SURCHARGE when the night falls in the peak season, plus the electric
    hook-up if the pitch has one, plus EXTRA_GUEST_FEE for each guest beyond those
    the pitch includes. ValueError unless departure is after arrival."""
    nights = (departure - arrival).days
    if nights <= 0:
        raise ValueError("departure must be after arrival")
    total = Decimal("0")
    for offset in range(nights):
        night = arrival + timedelta(days=offset)
        rate = pitch.nightly_rate * PEAK_SURCHARGE if is_peak(night) else pitch.nightly_rate
        if pitch.electric:
            rate += ELECTRIC_HOOKUP
        total += rate
    extra_guests = max(0, guests - pitch.included_guests)
    total += extra_guests * EXTRA_GUEST_FEE * nights
    return total.quantize(CENT, rounding=ROUND_HALF_UP)
