"""Random league nights: players joining, games played and players going home."""

import random

from observing import attempt
from pinball.queue import PlayQueue

PLAYERS = ["Ana", "Ben", "Cleo", "Dev", "Eli"]
MACHINES = ["AFM", "MM", "TAF", "TZ", "CV", "BSD"]


def take(night):
    entry = night.next_up()
    return None if entry is None else (entry.player, entry.machine)


def observe():
    rng = random.Random(4417)
    results = []
    # everyone waiting played recently, for several queue shapes and cooldowns
    for cooldown in (0, 1, 2, 3):
        for queue in (["Ana"], ["Ana", "Ana"], ["Ana", "Ben"], ["Ana", "Ben", "Ana", "Ben"], ["Ana", "Ana", "Ben", "Cleo"]):
            night = PlayQueue(cooldown)
            for n, player in enumerate(queue):
                night.join(player, MACHINES[n])
            results.append([attempt(take, night) for _ in range(len(queue) + 1)])
            results.append(night.games())
    for _ in range(100):
        night = PlayQueue(rng.randint(0, 3))
        log = []
        for _ in range(rng.randint(1, 25)):
            roll = rng.random()
            if roll < 0.5:
                log.append(attempt(night.join, rng.choice(PLAYERS[:rng.randint(1, 5)]), rng.choice(MACHINES)))
            elif roll < 0.93:
                log.append(attempt(take, night))
            else:
                log.append(attempt(night.leave, rng.choice(PLAYERS)))
        results.append((log, [(e.player, e.machine) for e in night.waiting], night.games()))
    return results
