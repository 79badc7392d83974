"""Retry policies: how many attempts, and how long to wait between them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .backoff import exponential, jittered


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # in all, the first one included
    base: float = 0.5  # seconds
    cap: float = 30.0
    jitter: float = 0.0  # a fraction of each wait, e.g. 0.1

    def waits(self, rng: random.Random | None = None) -> list[float]:
        """The wait before each retry: one fewer than the attempts."""
        if self.attempts < 1:
            raise ValueError("a policy makes at least one attempt")
        waits = []
        for retry in range(self.attempts - 1):
            wait = exponential(retry, self.cap, self.base)
            if self.jitter and rng is not None:
                wait = jittered(wait, rng, self.jitter)
            waits.append(round(wait, 3))
        return waits

    def total_wait(self) -> float:
        return sum(self.waits())
