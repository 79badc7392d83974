"""night_report on nights around zero and the frost threshold (spells made and broken by 0.0), then random nights from mild to hard frost with readings to a tenth of a degree."""

import random

from observing import attempt
from frost import night_report, tunnels_to_fleece


def run(log):
    report = night_report(log)
    return report, tunnels_to_fleece(report)


def observe():
    rng = random.Random(3391)
    results = [attempt(run, {})]
    for night in ([0.0], [0.0, 0.0, 0.0], [0.4, 0.0, 0.3], [0.0, 0.6, 0.0, 0.0], [0.5, 0.5, 0.5],
                  [0.6, 0.6, 0.6], [-0.0, 0.1, 0.2], [0.0, 0.0, 0.7, 0.0], [1.0, 0.0, -0.1, 0.0, 1.0],
                  [0.2, 0.0, 0.51, 0.49, 0.0, 0.3], [0, 0, 0, 0], [-1.0, -2.0, 0.0, -1.0]):
        results.append(attempt(run, {"T1": night}))
        results.append(attempt(run, {"T1": night, "T2": list(reversed(night)) + [0.0]}))
    for _ in range(200):
        log = {}
        for tunnel in rng.sample(["T1", "T2", "T3", "T4", "T5"], rng.randint(1, 4)):
            centre = rng.choice((-1.5, -0.3, 0.0, 0.3, 0.8, 2.5))
            log[tunnel] = [round(rng.gauss(centre, 0.6), 1) for _ in range(rng.randint(0, 20))]
        results.append(attempt(run, log))
    return results
