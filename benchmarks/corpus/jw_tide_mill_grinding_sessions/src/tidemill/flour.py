"""From a day's sessions to the flour the mill shop can expect."""

from __future__ import annotations

from tidemill.wheel import Session, WheelLog

# Stoneground wholemeal off the French burr stones, per revolution of the wheel.
KG_PER_REVOLUTION = 0.045


def read_log(text: str) -> list[tuple[int, float]]:
    """The logger's CSV: 'HH:MM,rpm' a line, with a header line."""
    readings = []
    for line in text.strip().splitlines()[1:]:
        clock, rpm = line.split(",")
        hours, minutes = clock.split(":")
        readings.append((int(hours) * 60 + int(minutes), float(rpm)))
    return readings


def day_sessions(readings: list[tuple[int, float]]) -> list[Session]:
    log = WheelLog()
    for minute, rpm in readings:
        log.record(minute, rpm)
    return log.close()


def flour_kg(sessions: list[Session]) -> float:
    return round(sum(s.revolutions for s in sessions) * KG_PER_REVOLUTION, 1)
