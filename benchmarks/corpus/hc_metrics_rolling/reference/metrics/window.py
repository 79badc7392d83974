"""Sliding-window statistics over a list of samples."""

from __future__ import annotations

from collections import deque


def rolling_sum(values: list[float], window: int) -> list[float]:
    """The sum of every full window of `window` consecutive values, in order."""
    if window <= 0:
        raise ValueError("window must be positive")
    if len(values) < window:
        return []
    sums = [sum(values[:window])]
    for end in range(window + 1, len(values) + 1):
        sums.append(sums[-1] + values[end - 1] - values[end - window - 1])
    return sums


def rolling_max(values: list[float], window: int) -> list[float]:
    """The largest value of every full window, with a deque of candidate indexes."""
    if window <= 0:
        raise ValueError("window must be positive")
    candidates: deque[int] = deque()
    maxima = []
    for i, value in enumerate(values):
        while candidates and values[candidates[-1]] <= value:
            candidates.pop()
        candidates.append(i)
        if candidates[0] <= i - window:
            candidates.popleft()
        if i >= window - 1:
            maxima.append(values[candidates[0]])
    return maxima
