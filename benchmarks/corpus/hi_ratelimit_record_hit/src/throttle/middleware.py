"""Wrapping request handlers with a limiter, keyed by client address."""

from __future__ import annotations

from typing import Callable

from throttle.limiter import SlidingWindowLimiter

Response = tuple[int, dict[str, str], str]


def throttled(limiter: SlidingWindowLimiter, clock: Callable[[], float]):
    def wrap(handler: Callable[[dict], Response]) -> Callable[[dict], Response]:
        def handle(request: dict) -> Response:
            client = request.get("client", "?")
            now = clock()
            if not limiter.allow(client, now):
                wait = max(1, round(limiter.retry_after(client, now)))
                return 429, {"Retry-After": str(wait)}, "slow down"
            return handler(request)
        return handle
    return wrap
