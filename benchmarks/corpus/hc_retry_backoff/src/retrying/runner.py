"""Calling a flaky function under a retry policy."""

from __future__ import annotations

from typing import Callable, TypeVar

from .policy import RetryPolicy

T = TypeVar("T")


class TransientError(Exception):
    """An error worth retrying after."""


def call_with_retries(function: Callable[[], T], policy: RetryPolicy, sleep: Callable[[float], None]) -> T:
    waits = policy.waits()
    for attempt in range(policy.attempts):
        try:
            return function()
        except TransientError:
            if attempt == policy.attempts - 1:
                raise
            sleep(waits[attempt])
    raise AssertionError("unreachable")
