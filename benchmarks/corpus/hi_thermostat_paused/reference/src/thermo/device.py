"""The thermostat: turns the boiler on and off around the scheduled target."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from thermo.schedule import Schedule


class Thermostat:
    def __init__(self, schedule: Schedule, hysteresis: float = 0.5) -> None:
        self.schedule = schedule
        self.hysteresis = hysteresis
        self.heating = False
        self.paused_until: Optional[datetime] = None

    def pause(self, until: datetime) -> None:
        """Holiday or open window: no heating until then."""
        self.paused_until = until

    def is_paused(self, now: datetime) -> bool:
        return self.paused_until is not None and now < self.paused_until

    def should_heat(self, now: datetime, room: float) -> bool:
        """Heating starts once the room is hysteresis below the target and, once on,
        stays on until it is hysteresis above it; never while paused."""
        target = self.schedule.target_at(now)
        if self.heating:
            wanted = room < target + self.hysteresis
        else:
            wanted = room < target - self.hysteresis
        return wanted and not self.is_paused(now)

    def update(self, now: datetime, room: float) -> bool:
        self.heating = self.should_heat(now, room)
        return self.heating
