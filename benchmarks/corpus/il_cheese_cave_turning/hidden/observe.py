"""The cave log over single wheels turned on and off schedule, then random months of mornings."""

import random
from datetime import date, timedelta

from observing import attempt
from cave.log import CaveLog
from cave.wheels import STYLES, Wheel

START = date(2024, 3, 1)


def state(log):
    return sorted((w.code, w.turns, w.last_turned) for w in log.wheels.values())


def observe():
    rng = random.Random(4417)
    results = []
    for style in STYLES:
        for turn_after in (None, 0, 1, 2, 3, 7, 8):
            log = CaveLog([Wheel("W-1", style, START, 2.0)])
            if turn_after is not None:
                results.append(attempt(log.turn, "W-1", START + timedelta(days=turn_after)))
            for offset in (0, 1, 2, 3, 4, 6, 7, 9, 14, 15):
                results.append(attempt(log.due_for_turning, START + timedelta(days=offset)))
            results.append(attempt(log.turn, "W-1", START + timedelta(days=1)))
            results.append(attempt(log.turn, "W-1", START + timedelta(days=5)))
            results.append(attempt(log.turn, "W-1", START + timedelta(days=4)))
            results.append(attempt(log.due_for_turning, START + timedelta(days=6)))
            results.append(state(log))
    log = CaveLog()
    results.append(attempt(log.turn, "NOPE", START))
    for _ in range(40):
        wheels = [
            Wheel(f"W-{k}", rng.choice(list(STYLES)), START + timedelta(days=rng.randint(0, 10)), round(rng.uniform(1, 20), 1))
            for k in range(rng.randint(1, 8))
        ]
        log = CaveLog(wheels)
        for offset in range(0, 70):
            day = START + timedelta(days=offset)
            due = attempt(log.due_for_turning, day)
            results.append(due)
            if isinstance(due, list):
                for code in due:
                    if rng.random() < 0.7:
                        results.append(attempt(log.turn, code, day))
            if rng.random() < 0.05 and log.wheels:
                code = rng.choice(sorted(log.wheels))
                results.append(attempt(log.turn, code, day - timedelta(days=rng.randint(0, 3))))
            if offset % 10 == 0:
                results.append(attempt(log.ready, day))
        results.append(state(log))
    return results
