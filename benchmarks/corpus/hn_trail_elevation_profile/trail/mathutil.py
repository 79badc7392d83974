from __future__ import annotations


def lerp(start: float, end: float, fraction: float) -> float:
    """The value `fraction` of the way from start to end."""
    return start + (end - start) * fraction


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
