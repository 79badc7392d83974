"""Tally boards over several runs, with rained-off runs, an unfinished last run and pay sheets, then random days in the shed."""

import random

from observing import attempt
from shearing.pay import pay_sheet
from shearing.tally import TallyBoard

GANG = ["Aroha", "Hemi", "Jock", "Mere", "Wiremu"]


def day(shearers, plan, mob="ewes"):
    """plan: a list of runs, each a list of (shearer, sheep) counts; an empty run was rained off."""
    board = TallyBoard("Glenrock", shearers)
    for run in plan:
        for shearer, sheep in run:
            board.count(shearer, sheep)
        board.end_run()
    return {
        "runs": [dict(run) for run in board.runs],
        "tallies": {name: board.run_tallies(name) for name in shearers},
        "totals": {name: board.day_total(name) for name in shearers},
        "ringer": board.ringer(),
        "pay": pay_sheet(board, mob),
    }


def open_day(shearers, plan, last):
    board = TallyBoard("Glenrock", shearers)
    for run in plan:
        for shearer, sheep in run:
            board.count(shearer, sheep)
        board.end_run()
    for shearer, sheep in last:
        board.count(shearer, sheep)
    return [board.day_total(name) for name in shearers], board.ringer(), [board.run_tallies(name) for name in shearers]


def observe():
    rng = random.Random(4417)
    results = []
    two = ["Aroha", "Hemi"]
    plans = [
        [],
        [[]],
        [[("Aroha", 1)]],
        [[("Aroha", 1)], [("Aroha", 1)]],
        [[("Aroha", 1)], [], [("Hemi", 2)]],
        [[], [("Hemi", 5)], []],
        [[("Aroha", 50), ("Hemi", 49)], [("Aroha", 40)], [("Hemi", 61)], [("Aroha", 1), ("Hemi", 1)]],
    ]
    for plan in plans:
        for mob in ("ewes", "lambs", "rams"):
            results.append(attempt(day, two, plan, mob))
    results.append(attempt(open_day, two, [[("Aroha", 3)]], [("Hemi", 4)]))
    results.append(attempt(open_day, two, [[("Aroha", 3)], [("Hemi", 2)]], [("Aroha", 1)]))
    results.append(attempt(day, two, [[("Mack", 1)]]))
    results.append(attempt(day, two, [[("Aroha", 0)]]))
    for _ in range(150):
        shearers = rng.sample(GANG, rng.randint(1, 5))
        plan = []
        for _ in range(rng.randint(0, 5)):
            run = []
            if rng.random() > 0.15:
                for _ in range(rng.randint(1, 8)):
                    run.append((rng.choice(shearers), rng.randint(1, 30)))
            plan.append(run)
        results.append(attempt(day, shearers, plan, rng.choice(("ewes", "lambs", "rams"))))
        last = [(rng.choice(shearers), rng.randint(1, 20)) for _ in range(rng.randint(0, 3))]
        results.append(attempt(open_day, shearers, plan, last))
    return results
