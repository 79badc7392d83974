"""sessions on gaps around IDLE_LIMIT, then random logs of a few devices."""

import random
from datetime import datetime, timedelta

from observing import attempt
from sessions import minutes_by_room, sessions
from wifilog import Event


def summary(found):
    return [(s.device, s.room, s.start.isoformat(), s.end.isoformat(), s.events) for s in found]


def observe():
    rng = random.Random(2718)
    results = []
    base = datetime(2024, 3, 9, 7, 0)
    for gaps in ([], [29], [30], [31], [10, 10, 10, 10], [25, 25], [30, 1], [31, 31], [15] * 8, [29, 2, 29]):
        events, when = [Event(base, "1", "d", "traffic")], base
        for gap in gaps:
            when += timedelta(minutes=gap)
            events.append(Event(when, "1", "d", "traffic"))
        results.append(attempt(lambda ev: summary(sessions(ev)), events))
    devices = [("dev%d" % n, str(100 + n)) for n in range(5)]
    for _ in range(150):
        events = []
        for _ in range(rng.randint(0, 25)):
            device, room = rng.choice(devices)
            when = base + timedelta(minutes=rng.randint(0, 600), seconds=rng.choice([0, 0, 30]))
            events.append(Event(when, room, device, rng.choice(["connect", "traffic"])))
        results.append(attempt(lambda ev: summary(sessions(ev)), events))
        results.append(attempt(lambda ev: minutes_by_room(sessions(ev)), events))
    return results
