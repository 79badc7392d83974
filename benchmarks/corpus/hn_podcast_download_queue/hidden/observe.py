"""Download queues for edge settings and random feeds."""

import random
from datetime import date, timedelta

from observing import attempt
from podcasts.downloads import download_queue
from podcasts.feed import Episode, Settings


def observe():
    rng = random.Random(7702)
    results = []
    day = date(2024, 1, 1)
    small = [Episode("a", "", day, 10, True), Episode("b", "", day, 20), Episode("c", "", day + timedelta(1), 70, True)]
    for allow in (True, False):
        for limit in (0, 1, 2, 5):
            for longest in (None, 10, 60):
                for downloaded in (set(), {"c"}, {"a", "b", "c"}):
                    settings = Settings(allow, limit, longest)
                    results.append(attempt(download_queue, small, downloaded, settings))
    results.append(attempt(download_queue, [], set(), Settings()))
    for _ in range(100):
        episodes = [Episode(f"g{n}", "", day + timedelta(rng.randint(0, 60)), rng.randint(5, 120), rng.random() < 0.35)
                    for n in range(rng.randint(1, 10))]
        downloaded = {e.guid for e in episodes if rng.random() < 0.3}
        settings = Settings(rng.random() < 0.5, rng.randint(1, 6), rng.choice([None, 30, 60, 90]))
        results.append(attempt(download_queue, episodes, downloaded, settings))
    return results
