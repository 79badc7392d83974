"""Random walks through playlists of several lengths, with and without repeat, adding and removing."""

import random

from observing import attempt
from player.playlist import Playlist


def observe():
    rng = random.Random(301)
    results = []
    for _ in range(40):
        p = Playlist([f"s{i}" for i in range(rng.randint(0, 5))], repeat=rng.random() < 0.5)
        for _ in range(15):
            action = rng.choice(["next", "next", "previous", "add", "remove"])
            if action == "next":
                results.append(attempt(p.next))
            elif action == "previous":
                results.append(attempt(p.previous))
            elif action == "add":
                results.append(attempt(p.add, f"n{rng.randint(0, 9)}", rng.random() < 0.5))
            elif p.songs:
                results.append(attempt(p.remove, rng.choice(p.songs)))
            results.append((p.position, attempt(p.current)))
    return results
