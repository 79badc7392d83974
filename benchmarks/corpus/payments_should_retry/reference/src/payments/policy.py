"""Retrying flaky calls to the payment gateway, with exponential backoff."""

from __future__ import annotations

import time
from typing import Callable, TypeVar

T = TypeVar("T")

RETRYABLE = (ConnectionError, TimeoutError)


def backoff(attempt: int, base: float = 0.5, cap: float = 8.0) -> float:
    """Seconds to wait after failed attempt number `attempt` (1-based): base, 2*base, 4*base... at most cap."""
    return min(cap, base * 2 ** (attempt - 1))


def should_retry(error: Exception, attempt: int, attempts: int) -> bool:
    return attempt < attempts and isinstance(error, RETRYABLE)


def retry_call(
    call: Callable[[], T],
    attempts: int = 4,
    base: float = 0.5,
    cap: float = 8.0,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call until it succeeds; retryable errors are retried after a backoff, others raise at once."""
    attempt = 1
    while True:
        try:
            return call()
        except Exception as error:
            if not should_retry(error, attempt, attempts):
                raise
            sleep(backoff(attempt, base, cap))
            attempt += 1
