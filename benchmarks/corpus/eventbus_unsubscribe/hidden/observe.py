"""Random subscribe / once / unsubscribe / publish sequences, and audit logs opened and closed."""

import random

from observing import attempt
from eventbus.audit import AuditLog
from eventbus.bus import EventBus


def observe():
    rng = random.Random(151)
    results = []
    for _ in range(30):
        bus = EventBus()
        seen = []
        stops = []
        logs = []
        for step in range(25):
            action = rng.choice(["sub", "once", "stop", "pub", "pub", "log", "close"])
            topic = rng.choice(["a", "b", "*"])
            if action == "sub":
                stops.append(attempt(bus.subscribe, topic, lambda t, p, step=step: seen.append((step, t, p))))
            elif action == "once":
                stops.append(attempt(bus.once, topic, lambda t, p, step=step: seen.append(("once", step, t, p))))
            elif action == "stop" and stops:
                stop = stops.pop(rng.randrange(len(stops)))
                results.append(attempt(stop) if callable(stop) else repr(stop))
            elif action == "log":
                logs.append(AuditLog(bus, [topic]))
            elif action == "close" and logs:
                results.append(attempt(logs.pop(0).close))
            else:
                results.append(attempt(bus.publish, topic, step))
        results.append((seen, bus.delivered, [log.entries for log in logs]))
    return results
