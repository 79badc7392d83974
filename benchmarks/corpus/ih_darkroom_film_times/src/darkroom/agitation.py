from __future__ import annotations


def agitation_marks(total_minutes: float, first: int = 30, every: int = 60, length: int = 10) -> list[tuple[int, int]]:
    """(start, end) in seconds of each agitation: continuous for the first `first`
    seconds, then `length` seconds at the start of every `every` seconds, none that
    would run past the end of development."""
    total = round(total_minutes * 60)
    marks = [(0, min(first, total))]
    start = every
    while start + length <= total:
        marks.append((start, start + length))
        start += every
    return marks
