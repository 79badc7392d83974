"""Court hire prices at the sports hall."""

from __future__ import annotations

from datetime import date

PEAK_FROM = 17  # weekday evenings from 5pm are peak; weekends are peak all day
PEAK_RATE = 14.00
OFF_PEAK_RATE = 9.50
MEMBER_DISCOUNT = 0.20


def is_peak(day: date, hour: int) -> bool:
    return day.weekday() >= 5 or hour >= PEAK_FROM


def hourly_rate(day: date, hour: int, member: bool = False) -> float:
    rate = PEAK_RATE if is_peak(day, hour) else OFF_PEAK_RATE
    if member:
        rate *= 1 - MEMBER_DISCOUNT
    return round(rate, 2)
