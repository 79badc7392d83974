"""shortest_limit on towpaths where the answer is the longest section, one metre over it, the whole length and in between, for one to many volunteers, then random surveys; beats and the beat sheet on each."""

import random

from observing import attempt
from beats import beat_sheet, beats, shortest_limit
from sections import Section

NAMES = ["Ann", "Raj", "Sue", "Tom", "Bea", "Olu", "Kit", "Mo", "Viv", "Zed"]


def survey(lengths):
    return [Section(f"Mark {i}", f"Mark {i + 1}", metres) for i, metres in enumerate(lengths)]


def run(lengths, volunteers):
    sections = survey(lengths)
    shared = beats(sections, volunteers)
    return (
        shortest_limit(lengths, volunteers),
        [[s.start for s in beat] for beat in shared],
        beat_sheet(sections, NAMES[:volunteers]),
    )


def observe():
    rng = random.Random(6203)
    results = [attempt(shortest_limit, [], 1), attempt(shortest_limit, [300], 0), attempt(shortest_limit, [], 3)]
    for lengths in ([400], [400, 1], [1, 400], [300, 301], [250, 250, 250], [500, 300, 200, 600],
                    [600, 200, 300, 500], [1, 1, 1, 1, 1], [999, 1, 999], [120, 80, 75, 640, 15, 15, 30],
                    [7, 3], [2, 2, 3]):
        for volunteers in range(1, 8):
            results.append(attempt(run, lengths, volunteers))
    for _ in range(150):
        lengths = [rng.choice((rng.randint(1, 40), rng.randint(50, 900), rng.randint(200, 2500)))
                   for _ in range(rng.randint(1, 14))]
        results.append(attempt(run, lengths, rng.randint(1, 10)))
    return results
