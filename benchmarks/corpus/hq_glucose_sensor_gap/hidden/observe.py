"""Low episodes in random sensor traces with dropouts of every length around MAX_GAP."""

import random
from datetime import datetime, timedelta

from observing import attempt
from cgm.episodes import low_episodes, minutes_low
from cgm.readings import Reading

START = datetime(2024, 5, 2, 0, 0)


def trace(points):
    """points: (minutes after START, mmol)."""
    return [Reading(START + timedelta(minutes=minute), mmol) for minute, mmol in points]


def summary(readings, low=3.9):
    episodes = attempt(low_episodes, readings, low)
    if isinstance(episodes, list):
        episodes = [(first.at, last.at, lowest) for first, last, lowest in episodes]
    return episodes, attempt(minutes_low, readings, low)


def observe():
    rng = random.Random(3939)
    results = []
    for gap in (5, 10, 14, 15, 16, 20, 60):
        points = [(0, 3.5), (5, 3.4), (10, 3.6), (10 + gap, 3.5), (15 + gap, 3.7), (20 + gap, 3.6), (25 + gap, 3.8)]
        results.append(summary(trace(points)))
        results.append(summary(trace(points + [(30 + gap, 4.4)]), low=3.6))
    for points in ([], [(0, 3.0)], [(0, 3.0), (15, 3.0)], [(0, 3.0), (16, 3.0)], [(0, 3.0), (30, 3.0), (45, 3.0)]):
        results.append(summary(trace(points)))
    for _ in range(100):
        minute, points = 0, []
        level = rng.uniform(3.0, 6.0)
        for _ in range(rng.randint(0, 40)):
            minute += rng.choice([5, 5, 5, 5, 5, 10, 15, 20, 45])
            level = min(12.0, max(2.2, level + rng.uniform(-0.5, 0.5)))
            points.append((minute, round(level, 1)))
        results.append(summary(trace(points), low=rng.choice([3.9, 3.9, 4.5])))
    return results
