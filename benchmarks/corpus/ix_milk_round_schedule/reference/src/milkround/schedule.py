"""When the float gets to each street, for the customers who ask."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from milkround.stops import Stop

BREAK_AFTER = time(7, 0)
BREAK_MINUTES = 20


@dataclass(frozen=True)
class Visit:
    street: str
    arrive: datetime
    leave: datetime


def plan_round(stops: list[Stop], start: datetime) -> list[Visit]:
    """When the float reaches and leaves each street. The milkman takes one break of
    BREAK_MINUTES, after the first street he finishes at or after BREAK_AFTER."""
    clock = start
    had_break = False
    plan = []
    for stop in stops:
        arrive = clock + timedelta(minutes=stop.drive_minutes)
        leave = arrive + timedelta(minutes=stop.minutes_on_street)
        plan.append(Visit(stop.street, arrive, leave))
        clock = leave
        if not had_break and leave.time() >= BREAK_AFTER:
            clock += timedelta(minutes=BREAK_MINUTES)
            had_break = True
    return plan


def back_at_dairy(stops: list[Stop], start: datetime, drive_home_minutes: int) -> datetime:
    plan = plan_round(stops, start)
    if not plan:
        return start
    return plan[-1].leave + timedelta(minutes=drive_home_minutes)


def late_streets(plan: list[Visit], promised: dict[str, time]) -> list[str]:
    """Streets reached after the time their customers were promised their milk by."""
    return [visit.street for visit in plan if visit.street in promised and visit.arrive.time() > promised[visit.street]]
