"""post_runs for one patient of each size and count of aids from no cells to plenty, over one to many weeks, then random clinic lists; packs_by_size on each run."""

import random

from observing import attempt
from batterypost.patients import CELL_LIFE_DAYS, Patient
from batterypost.postrun import packs_by_size, post_runs


def run(patients, in_hand, weeks):
    envelopes = post_runs(patients, in_hand, weeks)
    return envelopes, packs_by_size(patients, envelopes)


def observe():
    rng = random.Random(5129)
    results = []
    for size in sorted(CELL_LIFE_DAYS):
        for aids in (1, 2):
            patient = Patient("H1", aids, size)
            for cells in (0, 1, 2.5, 3, 4, 6, 12, 24, 40):
                for weeks in (0, 1, 2, 5, 12, 30):
                    results.append(attempt(run, [patient], {"H1": cells}, weeks))
    for _ in range(120):
        patients = [
            Patient(f"H{n}", rng.choice((1, 2)), rng.choice(sorted(CELL_LIFE_DAYS)))
            for n in rng.sample(range(1000, 1100), rng.randint(0, 6))
        ]
        in_hand = {p.number: rng.choice((0, rng.randint(0, 30), rng.uniform(0, 20))) for p in patients if rng.random() < 0.8}
        results.append(attempt(run, patients, in_hand, rng.randint(0, 26)))
    return results
