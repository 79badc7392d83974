"""Budgets: how much a repair may spend, and the deadline every wait is held to.

A budget's seconds are a bound, not a hope: each test run gets at most the time left
(never a fixed limit beyond it), candidate generation checks the deadline, and a job
that runs out says what it cut short."""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..config import RefineSettings


@dataclass(frozen=True)
class Budget:
    seconds: float = 60.0
    candidates: int = 500
    model_calls: int = 0
    rounds: int = 2
    test_timeout: float = 10.0

    @classmethod
    def from_settings(cls, settings: RefineSettings) -> "Budget":
        return cls(
            seconds=settings.budget_seconds,
            candidates=settings.max_candidates,
            model_calls=settings.max_model_calls,
            test_timeout=settings.test_timeout,
        )


@dataclass(frozen=True)
class Deadline:
    at: float  # a time.monotonic() value

    @classmethod
    def after(cls, seconds: float) -> "Deadline":
        return cls(time.monotonic() + seconds)

    @classmethod
    def never(cls) -> "Deadline":
        return cls(float("inf"))

    def left(self) -> float:
        return max(0.0, self.at - time.monotonic())

    @property
    def passed(self) -> bool:
        return self.left() <= 0.0

    def sooner(self, seconds: float) -> "Deadline":
        """This deadline or `seconds` from now, whichever comes first."""
        return Deadline(min(self.at, time.monotonic() + seconds))
