"""Random nights of sign-ups, turns and singers leaving."""

import random

from observing import attempt
from karaoke.night import KaraokeNight
from karaoke.songbook import parse_songbook

BOOK = "\n".join(f"{1000 + i};Song {i};Artist {i % 4};{2 + i % 4}:{(i * 7) % 60:02d}" for i in range(12))
SINGERS = ["Ana", "Ben", "Cleo", "Dev", "Eli"]


def observe():
    rng = random.Random(8086)
    book = parse_songbook(BOOK)
    results = []
    night = KaraokeNight(book)
    results.append((attempt(night.next_up), attempt(night.upcoming), attempt(night.wait_seconds, "Ana")))
    for requests in ([("Ana", 2)], [("Ana", 3), ("Ben", 1)], [("Ana", 1), ("Ben", 3), ("Cleo", 2)]):
        night = KaraokeNight(book)
        for singer, count in requests:
            for n in range(count):
                night.sign_up(singer, str(1000 + n))
        results.append((attempt(night.upcoming, 10), [attempt(night.wait_seconds, s) for s in SINGERS]))
    for _ in range(100):
        night = KaraokeNight(book)
        log = []
        for _ in range(rng.randint(1, 25)):
            roll = rng.random()
            singer = rng.choice(SINGERS)
            if roll < 0.55:
                log.append(attempt(night.sign_up, singer, str(rng.randint(1000, 1012))))
            elif roll < 0.9:
                turn = attempt(night.next_up)
                log.append(turn if turn is None or isinstance(turn, str) else (turn[0], turn[1].code))
            else:
                night.leave(singer)
        results.append((log, attempt(night.upcoming, 8), [attempt(night.wait_seconds, s) for s in SINGERS],
                        list(night.history)))
    return results
