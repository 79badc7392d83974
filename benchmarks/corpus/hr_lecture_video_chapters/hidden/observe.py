"""Chapter lookups on small and random chapter lists, at every boundary."""

import random

from observing import attempt
from lecture.chapters import Chapter, ChapterList


def observe():
    rng = random.Random(6174)
    results = []
    for starts in ([0], [0, 1], [0, 10], [0, 10, 20], [0, 5, 6, 7, 100]):
        chapters = ChapterList([Chapter(s, f"c{s}") for s in starts], duration=120)
        for seconds in sorted({-1, 0, 1, 4, 5, 6, 7, 9, 10, 11, 19, 20, 21, 99, 100, 120, 121}):
            results.append((attempt(chapters.index_at, seconds), attempt(chapters.skip_forward, seconds)))
    for _ in range(100):
        count = rng.randint(1, 12)
        duration = rng.randint(count * 10, 7200)
        starts = [0] + sorted(rng.sample(range(1, duration), count - 1))
        chapters = ChapterList([Chapter(s, f"part {i}") for i, s in enumerate(starts)], duration)
        probes = [rng.randint(0, duration) for _ in range(5)] + [rng.choice(starts)]
        results.append([(attempt(chapters.label, t), attempt(chapters.skip_forward, t)) for t in probes])
    return results
