"""Which lots are worth handing out, and how many seeds a member should sow."""

from __future__ import annotations

import math
from collections import defaultdict

from .trials import Trial, germination_rate

MIN_RATE = 70.0


def rates_by_lot(trials: list[Trial]) -> dict[str, float | None]:
    by_lot: dict[str, list[Trial]] = defaultdict(list)
    for trial in trials:
        by_lot[trial.lot].append(trial)
    return {lot: germination_rate(group) for lot, group in sorted(by_lot.items())}


def viable_lots(trials: list[Trial], min_rate: float = MIN_RATE) -> list[str]:
    return [lot for lot, rate in rates_by_lot(trials).items() if rate is not None and rate >= min_rate]


def seeds_to_sow(plants_wanted: int, rate: float) -> int:
    """Seeds to sow for plants_wanted seedlings at this germination rate."""
    if rate <= 0:
        raise ValueError("these seeds do not germinate")
    return math.ceil(plants_wanted * 100 / rate)
