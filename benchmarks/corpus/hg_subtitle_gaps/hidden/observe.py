"""Random cue lists, with gaps, touching and overlapping cues, checked at several minimum gaps."""

import random

from observing import attempt
from subtitles.lint import shift, too_close, too_fast
from subtitles.srt import Cue

WORDS = ["no", "what", "where were you", "tell me", "again?", "I said no", "fine"]


def observe():
    rng = random.Random(4242)
    results = []
    edge = [
        [],
        [Cue(1, 0, 1000, "a")],
        [Cue(1, 0, 1000, "a"), Cue(2, 1000, 2000, "b")],
        [Cue(1, 0, 1000, "a"), Cue(2, 1080, 2000, "b")],
        [Cue(1, 0, 1000, "a"), Cue(2, 1079, 2000, "b")],
        [Cue(1, 0, 1000, "a"), Cue(2, 920, 2000, "b")],
        [Cue(1, 0, 1000, "a"), Cue(2, 0, 1000, "b")],
        [Cue(2, 3000, 4000, "b"), Cue(1, 0, 2990, "a")],
        [Cue(1, 0, 5000, "long"), Cue(2, 1000, 1500, "inside"), Cue(3, 1600, 2000, "inside too")],
    ]
    lists = list(edge)
    for _ in range(40):
        cues, clock = [], rng.randint(0, 2000)
        for index in range(1, rng.randint(2, 9)):
            start = clock + rng.choice([-1500, -300, -80, -1, 0, 1, 40, 79, 80, 81, 150, 600, 2500])
            start = max(0, start)
            end = start + rng.randint(300, 4000)
            cues.append(Cue(index, start, end, rng.choice(WORDS)))
            clock = end
        if rng.random() < 0.3:
            rng.shuffle(cues)
        lists.append(cues)
    for cues in lists:
        for min_gap in (0, 1, 80, 200, 1000):
            results.append(attempt(too_close, cues, min_gap))
        results.append(attempt(too_close, cues))
        results.append(attempt(too_close, attempt(shift, cues, -700)))
        results.append(attempt(too_fast, cues))
    return results
