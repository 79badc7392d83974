"""cue_sheet on one segment of every shot count from none to many over short, long, zero-length and fractional spans, overlapping segments on two racks, then random scripts; the crew lines and the rack counts on each."""

import random

from observing import attempt
from cuesheet.cues import crew_lines, cue_sheet, shots_per_rack
from cuesheet.script import Segment


def run(segments):
    sheet = cue_sheet(segments)
    return sheet, crew_lines(sheet), shots_per_rack(segments)


def observe():
    rng = random.Random(1105)
    results = []
    for start, end in ((0, 0), (0, 12), (10, 16), (5.5, 9.25), (61, 75), (0, 1)):
        for shots in (0, 1, 2, 3, 4, 5, 7, 12):
            results.append(attempt(run, [Segment(start, end, "A", shots, "")]))
            results.append(attempt(run, [Segment(start, end, "A", shots, ""), Segment(start + 2, end + 2, "B", shots, "")]))
    for _ in range(150):
        segments = []
        for _ in range(rng.randint(0, 6)):
            start = rng.choice((rng.randint(0, 240), round(rng.uniform(0, 240), 2)))
            end = start + rng.choice((0, rng.randint(1, 30), round(rng.uniform(0, 20), 2)))
            segments.append(Segment(start, end, rng.choice("ABCDE"), rng.choice((0, 1, 2, rng.randint(3, 25))), ""))
        results.append(attempt(run, segments))
    return results
