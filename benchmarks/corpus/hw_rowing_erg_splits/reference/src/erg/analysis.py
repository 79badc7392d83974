"""What the coach looks at after a piece."""

from __future__ import annotations

from erg.times import format_split


def average_split(splits: list[float]) -> float:
    if not splits:
        raise ValueError("no splits")
    return sum(splits) / len(splits)


def best_stretch(splits: list[float], length: int) -> tuple[int, float] | None:
    """The `length` consecutive splits with the fastest (lowest) average, as the
    index of the first and the average; the earliest on a tie. None when the
    piece has fewer than `length` splits."""
    if length < 1:
        raise ValueError("a stretch needs at least one split")
    best = None
    for start in range(len(splits) - length + 1):
        average = sum(splits[start : start + length]) / length
        if best is None or average < best[1]:
            best = (start, average)
    return best


def drift(splits: list[float]) -> float:
    """How much slower the second half was than the first (negative: a negative split).
    The middle split of an odd count belongs to neither half."""
    half = len(splits) // 2
    if half == 0:
        return 0.0
    return average_split(splits[-half:]) - average_split(splits[:half])


def report(splits: list[float], length: int = 2) -> str:
    best = best_stretch(splits, length)
    lines = [f"average {format_split(average_split(splits))}"]
    if best is not None:
        lines.append(f"best {length} x 500m from split {best[0] + 1}: {format_split(best[1])}")
    return "\n".join(lines)
