"""Charging sessions from the charger's log. The car draws a steady `kw` from
plug-in to unplug; energy is billed minute by minute at that minute's rate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from evcharge.tariff import OFFPEAK_RATE, PEAK_RATE, is_peak, parse_stamp

MINUTE = timedelta(minutes=1)


@dataclass(frozen=True)
class Session:
    start: datetime
    end: datetime
    kw: float

    @property
    def minutes(self) -> int:
        return max(int((self.end - self.start) / MINUTE), 0)

    @property
    def kwh(self) -> float:
        return self.kw * self.minutes / 60


def parse_session(line: str) -> Session:
    """`2024-03-04 22:15 | 2024-03-05 06:40 | 7.2`"""
    start, end, kw = line.split("|")
    return Session(parse_stamp(start), parse_stamp(end), float(kw))


def peak_minutes(session: Session) -> int:
    return sum(1 for i in range(session.minutes) if is_peak(session.start + i * MINUTE))


def session_cost(session: Session) -> float:
    cost = 0.0
    for i in range(session.minutes):
        minute = session.start + i * MINUTE
        rate = PEAK_RATE if is_peak(minute) else OFFPEAK_RATE
        cost += session.kw / 60 * rate
    return round(cost, 2)


def statement(sessions: list[Session]) -> dict[str, float]:
    """Totals for a billing period: energy, cost, and the share of energy taken at peak."""
    kwh = sum(session.kwh for session in sessions)
    peak_kwh = sum(session.kw * peak_minutes(session) / 60 for session in sessions)
    return {
        "kwh": round(kwh, 2),
        "cost": round(sum(session_cost(session) for session in sessions), 2),
        "peak_share": round(peak_kwh / kwh, 3) if kwh else 0.0,
    }
