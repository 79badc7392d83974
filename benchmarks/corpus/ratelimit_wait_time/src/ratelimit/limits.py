"""Per-client limits, one bucket per API key."""

from __future__ import annotations

import time
from typing import Callable

from .bucket import TokenBucket

PLANS = {"free": (1.0, 5), "pro": (10.0, 50)}


class Limiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.buckets: dict[str, TokenBucket] = {}

    def bucket(self, key: str, plan: str = "free") -> TokenBucket:
        if key not in self.buckets:
            rate, capacity = PLANS[plan]
            self.buckets[key] = TokenBucket(rate, capacity, self.clock)
        return self.buckets[key]

    def check(self, key: str, plan: str = "free", cost: float = 1) -> tuple[bool, float]:
        """Whether the request may go ahead, and if not, how long to wait."""
        bucket = self.bucket(key, plan)
        if bucket.allow(cost):
            return True, 0.0
        return False, bucket.wait_time(cost)
