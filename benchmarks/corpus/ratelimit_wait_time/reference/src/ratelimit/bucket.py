"""Token-bucket rate limiting for the public API."""

from __future__ import annotations

import time
from typing import Callable


class TokenBucket:
    """Holds up to `capacity` tokens, refilled at `rate` tokens per second."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.tokens = capacity
        self.updated = clock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def allow(self, cost: float = 1) -> bool:
        """Take `cost` tokens if there are enough."""
        self._refill()
        if cost <= self.tokens:
            self.tokens -= cost
            return True
        return False

    def wait_time(self, cost: float = 1) -> float:
        """Seconds until `cost` tokens will be available (0 when they are now)."""
        self._refill()
        missing = cost - self.tokens
        return max(0.0, missing / self.rate)
