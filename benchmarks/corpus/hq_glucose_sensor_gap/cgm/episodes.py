"""Low episodes for the clinic's report: readings under LOW one after another for
at least MIN_LENGTH. A stretch with no readings longer than MAX_GAP ends an episode,
since nobody knows what happened in between."""

from __future__ import annotations

from datetime import timedelta

from .readings import Reading

LOW = 3.9  # mmol/L
MIN_LENGTH = timedelta(minutes=15)
MAX_GAP = timedelta(minutes=15)


def low_episodes(readings: list[Reading], low: float = LOW) -> list[tuple[Reading, Reading, float]]:
    """(first low reading, last low reading, lowest value) of each episode."""
    episodes = []
    run: list[Reading] = []
    for reading in readings:
        if run and reading.mmol >= low:
            episodes.append(run)
            run = []
        if reading.mmol < low:
            run.append(reading)
    if run:
        episodes.append(run)
    return [
        (run[0], run[-1], min(reading.mmol for reading in run))
        for run in episodes
        if run[-1].at - run[0].at >= MIN_LENGTH
    ]


def minutes_low(readings: list[Reading], low: float = LOW) -> int:
    return sum(int((last.at - first.at).total_seconds() // 60) for first, last, _ in low_episodes(readings, low))


def report(readings: list[Reading], low: float = LOW) -> list[str]:
    return [
        f"{first.at:%d %b %H:%M}-{last.at:%H:%M}  lowest {lowest:.1f}"
        for first, last, lowest in low_episodes(readings, low)
    ]
