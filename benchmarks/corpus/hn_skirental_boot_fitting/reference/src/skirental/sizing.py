"""Sizing rules used at the rental counter."""

from __future__ import annotations

# Boot shells by mondopoint length (mm), as the shop stocks them.
BOOT_SIZES = [220, 230, 240, 250, 260, 265, 270, 275, 280, 285, 290, 300, 310]

LEVEL_OFFSET_CM = {"beginner": -15, "intermediate": -10, "expert": -5}


def smallest_fitting(sizes: list[int], foot_mm: float) -> int | None:
    """The smallest size at least as long as the foot, from sizes sorted ascending;
    None when the foot is longer than every size."""
    lo, hi = 0, len(sizes)
    while lo < hi:
        mid = (lo + hi) // 2
        if sizes[mid] < foot_mm:
            lo = mid + 1
        else:
            hi = mid
    return sizes[lo] if lo < len(sizes) else None


def ski_length(height_cm: int, level: str) -> int:
    """Recommended ski length: the skier's height less an offset for their level,
    rounded to the 5 cm steps skis come in."""
    length = height_cm + LEVEL_OFFSET_CM[level]
    return 5 * round(length / 5)
