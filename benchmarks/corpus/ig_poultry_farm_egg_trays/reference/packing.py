from __future__ import annotations

from grading import SIZE_ORDER, grade

MIN_WEIGHT = 43.0  # grams; lighter eggs go for processing


def pack(weights: list[float], tray_size: int = 30) -> dict[str, tuple[int, int]]:
    """Grade the day's eggs and pack them into trays of `tray_size`, one size to a
    tray. Eggs lighter than MIN_WEIGHT grams go for processing and are not packed.
    Returns, for each size that had eggs, (full trays, eggs left over), largest
    size first."""
    if tray_size < 1:
        raise ValueError("a tray holds at least one egg")
    counts = dict.fromkeys(SIZE_ORDER, 0)
    for weight in weights:
        if weight < MIN_WEIGHT:
            continue
        counts[grade(weight)] += 1
    return {size: divmod(count, tray_size) for size, count in counts.items() if count}


def for_processing(weights: list[float]) -> int:
    return sum(1 for weight in weights if weight < MIN_WEIGHT)
