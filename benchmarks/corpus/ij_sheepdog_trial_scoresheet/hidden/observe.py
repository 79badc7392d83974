"""Score sheets with faults in one and in several phases, retirements, then random sheets."""

import random

from observing import attempt
from trials.course import PHASES
from trials.scoring import Fault, Run, phase_scores, placings, run_total


def random_sheet(rng):
    sheet = []
    for phase in PHASES:
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            sheet.append(Fault(phase, rng.randint(0, 8)))
    return sheet


def observe():
    rng = random.Random(7319)
    results = []
    edge = [
        [],
        [Fault("outrun", 0)],
        [Fault("outrun", 25)],
        [Fault("lift", 3), Fault("lift", 4)],
        [Fault("outrun", 1), Fault("lift", 1)],
        [Fault("outrun", 5), Fault("drive", 2), Fault("pen", 1)],
        [Fault("fetch", 19), Fault("drive", 29), Fault("shed", 9), Fault("pen", 9)],
        [Fault("pen", 4), Fault("shed", 4)],
        [Fault("drive", 2), Fault("fetch", 2), Fault("drive", 2)],
        [Fault("gather", 1)],
        [Fault("outrun", 1), Fault("gather", 1)],
    ]
    for sheet in edge:
        for retired in (None, "outrun", "drive", "pen", "gather"):
            results.append(attempt(phase_scores, sheet, retired))
    for _ in range(120):
        sheet = random_sheet(rng)
        retired = rng.choice((None, None, None) + PHASES)
        results.append(attempt(phase_scores, sheet, retired))
        results.append(attempt(run_total, Run("h", "d", tuple(sheet), retired)))
    for _ in range(30):
        runs = [Run(f"handler{k}", f"dog{k}", tuple(random_sheet(rng)), rng.choice((None, None, None, None, "shed", "pen")))
                for k in range(rng.randint(1, 8))]
        results.append(attempt(placings, runs))
    return results
