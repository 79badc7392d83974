"""Wait times between attempts."""

from __future__ import annotations

import random


def exponential(attempt: int, base: float, cap: float) -> float:
    """base, 2 * base, 4 * base, ... for attempts 0, 1, 2, ..., never more than cap."""
    return min(cap, base * 2 ** attempt)


def jittered(delay: float, rng: random.Random, spread: float) -> float:
    """delay moved at random by up to `spread` (a fraction of it) either way."""
    return delay * (1 + rng.uniform(-spread, spread))
