from __future__ import annotations

# Smallest weight in grams for each size, largest size first.
SIZES = [("XL", 73.0), ("L", 63.0), ("M", 53.0), ("S", 0.0)]
SIZE_ORDER = [name for name, _ in SIZES]


def grade(weight: float) -> str:
    """Size of an egg weighing `weight` grams."""
    for name, minimum in SIZES:
        if weight >= minimum:
            return name
    raise ValueError(f"bad weight {weight}")
