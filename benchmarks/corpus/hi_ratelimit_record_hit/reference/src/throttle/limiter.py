"""A sliding-window rate limiter: at most `limit` requests per key in any `window` seconds."""

from __future__ import annotations

from collections import deque


class SlidingWindowLimiter:
    def __init__(self, limit: int, window: float) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = {}

    def _recent(self, key: str, now: float) -> deque[float]:
        """The key's accepted requests still inside the window ending at now."""
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        return hits

    def allow(self, key: str, now: float) -> bool:
        """Whether a request for key at time now goes through; an accepted one counts against the limit."""
        hits = self._recent(key, now)
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True

    def remaining(self, key: str, now: float) -> int:
        return self.limit - len(self._recent(key, now))

    def retry_after(self, key: str, now: float) -> float:
        """Seconds until the next request for key would be let through."""
        hits = self._recent(key, now)
        if len(hits) < self.limit:
            return 0.0
        return hits[0] + self.window - now
