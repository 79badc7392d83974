"""Places."""

from __future__ import annotations

from raceday.clock import format_clock, parse_clock


def ranking(entries: list[dict]) -> list[tuple[int, str, str]]:
    """(place, bib, time) for the finishers, fastest first, bibs in order on equal
    times, which share a place. Entries without a valid time are not ranked."""
    finishers = []
    for entry in entries:
        try:
            seconds = parse_clock(entry["time"])
        except (KeyError, ValueError):
            continue
        finishers.append((seconds, entry["bib"]))
    finishers.sort()
    table = []
    for index, (seconds, bib) in enumerate(finishers):
        if table and seconds == finishers[index - 1][0]:
            place = table[-1][0]
        else:
            place = index + 1
        table.append((place, bib, format_clock(seconds)))
    return table


def podium(entries: list[dict], category: str) -> list[str]:
    """Bibs of the first three in a category."""
    return [bib for _, bib, _ in ranking([e for e in entries if e["category"] == category])[:3]]
