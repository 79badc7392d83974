"""The home charger's time-of-use tariff, in £ per kWh."""

from __future__ import annotations

from datetime import datetime

PEAK_RATE = 0.52
OFFPEAK_RATE = 0.28
PEAK_HOURS = range(16, 20)  # 16:00 to 19:59, Monday to Friday


def is_peak(moment: datetime) -> bool:
    return moment.weekday() < 5 and moment.hour in PEAK_HOURS


def parse_stamp(text: str) -> datetime:
    return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
