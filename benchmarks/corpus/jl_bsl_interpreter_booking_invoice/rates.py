"""The agency's terms for British Sign Language interpreting bookings."""

from __future__ import annotations

from datetime import datetime

RATES = {"medical": 4400, "legal": 5600, "education": 4000, "community": 3600}  # pence an hour
MINIMUM_MINUTES = 120  # every booking is charged as at least two hours
MILEAGE = 45  # pence a mile
TRAVEL_SHARE = 0.5  # travel time is charged at half the booking's hourly rate
UNSOCIAL_UPLIFT = 1.5  # evenings from 6pm, and weekends


def rate_for(kind: str) -> int:
    try:
        return RATES[kind]
    except KeyError:
        raise ValueError(f"unknown kind of booking: {kind!r}") from None


def unsocial(start: datetime) -> bool:
    return start.weekday() >= 5 or start.hour >= 18


def pounds(pence: int) -> str:
    return f"£{pence // 100:,}.{pence % 100:02d}"
