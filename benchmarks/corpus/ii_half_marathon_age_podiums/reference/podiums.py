"""Prize lists: the fastest runners of each age category.

Prizes go by net (chip) time, from crossing the start mat to crossing the finish, so
that runners at the back of a wave are not penalised for the seconds it takes to
reach the line. The overall race order stays by gun time, as the rules require."""

from __future__ import annotations

from datetime import datetime, timedelta

from race import Result


def gun_order(results: list[Result], wave_starts: dict[str, datetime]) -> list[int]:
    """Bibs of the finishers by time from their wave's gun."""
    finishers = [r for r in results if r.finished is not None]
    return [r.bib for r in sorted(finishers, key=lambda r: (r.finished - wave_starts[r.wave], r.bib))]


def category_podiums(results: list[Result], wave_starts: dict[str, datetime], places: int = 3) -> dict[str, list[tuple[int, timedelta]]]:
    """The first `places` finishers of each category by net time, as (bib, net time).
    A runner whose start-mat read was missed is timed from their wave's gun, the
    slowest they can have been. Ties go to the lower bib."""
    times: dict[str, list[tuple[timedelta, int]]] = {}
    for result in results:
        if result.finished is None:
            continue
        gun = wave_starts[result.wave]
        start = result.crossed_start if result.crossed_start is not None else gun
        net = result.finished - start
        times.setdefault(result.category, []).append((net, result.bib))
    podiums = {}
    for name, entries in times.items():
        entries.sort()
        podiums[name] = [(bib, net) for net, bib in entries[:places]]
    return podiums
