from __future__ import annotations

from dataclasses import dataclass, field

from .clock import format_hhmm, parse_hhmm

MAX_DRIVING_MINUTES = 270  # 4 h 30 at the wheel
BREAK_MINUTES = 45


@dataclass(frozen=True)
class Leg:
    route: str
    start: int  # minutes after midnight
    end: int

    @property
    def minutes(self) -> int:
        return self.end - self.start

    @classmethod
    def parse(cls, route: str, text: str) -> "Leg":
        start, end = text.split("-")
        return cls(route, parse_hhmm(start), parse_hhmm(end))


@dataclass
class Duty:
    code: str
    driver: str
    legs: list[Leg] = field(default_factory=list)

    def driving_minutes(self) -> int:
        return sum(leg.minutes for leg in self.legs)

    def breaches(self) -> list[str]:
        """Start times ("HH:MM") of the legs at whose end the driver has been at
        the wheel for more than MAX_DRIVING_MINUTES since their last break.

        A break is a gap of at least BREAK_MINUTES between one leg and the next;
        shorter gaps at the terminus do not count as a break.
        """
        breached = []
        driving = 0
        last_end = None
        for leg in sorted(self.legs, key=lambda leg: leg.start):
            if last_end is not None and leg.start - last_end >= BREAK_MINUTES:
                driving = 0
            driving += leg.minutes
            if driving > MAX_DRIVING_MINUTES:
                breached.append(format_hhmm(leg.start))
            last_end = leg.end
        return breached

    def summary(self) -> str:
        hours, minutes = divmod(self.driving_minutes(), 60)
        return f"{self.code} {self.driver}: {len(self.legs)} legs, {hours}h{minutes:02d} driving"
