from __future__ import annotations

Span = tuple[int, int]


def find_spans(text: str, term: str) -> list[Span]:
    """Where term occurs in text, ignoring case, as (start, end) offsets; matches do not overlap."""
    if not term:
        return []
    haystack, needle = text.lower(), term.lower()
    spans = []
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        spans.append((start, end))
        start = haystack.find(needle, end)
    return spans


def merge_spans(spans: list[Span]) -> list[Span]:
    """Sorted spans with the overlapping and touching ones joined."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
