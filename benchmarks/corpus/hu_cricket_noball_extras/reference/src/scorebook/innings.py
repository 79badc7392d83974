"""One side's innings, scored delivery by delivery."""

from __future__ import annotations

from scorebook.overs import BALLS_PER_OVER, format_overs, run_rate

EXTRAS = (None, "wide", "noball", "bye", "legbye")
ALL_OUT = 10


class InningsClosed(Exception):
    pass


class Innings:
    def __init__(self, team: str, max_overs: int = 20) -> None:
        self.team = team
        self.max_overs = max_overs
        self.runs = 0
        self.wickets = 0
        self.balls = 0  # legal deliveries only
        self.extras = 0

    def finished(self) -> bool:
        return self.wickets >= ALL_OUT or self.balls >= self.max_overs * BALLS_PER_OVER

    def record(self, runs: int = 0, extra: str | None = None, wicket: bool = False) -> None:
        """One delivery: the runs taken off it, the kind of extra if it was one, and
        whether a wicket fell. Wides and no-balls cost the bowling side a one-run
        penalty and have to be bowled again, so they are not legal balls."""
        if extra not in EXTRAS:
            raise ValueError(f"unknown extra {extra!r}")
        if runs < 0:
            raise ValueError("runs cannot be negative")
        if self.finished():
            raise InningsClosed(f"{self.team} innings is over")
        penalty = 1 if extra in ("wide", "noball") else 0
        self.runs += runs + penalty
        if extra in ("wide", "bye", "legbye"):
            self.extras += runs + penalty
        elif extra == "noball":
            self.extras += penalty
        if extra not in ("wide", "noball"):
            self.balls += 1
        if wicket:
            self.wickets += 1

    def overs(self) -> str:
        return format_overs(self.balls)

    def rate(self) -> float:
        return run_rate(self.runs, self.balls)

    def summary(self) -> str:
        return f"{self.team} {self.runs}/{self.wickets} ({self.overs()} ov)"
