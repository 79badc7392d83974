"""running_order, go_list and next_cue on cue sheets around 9 and 10 and with point cues, numbers written with and without the Q, repeats written differently and cut cues; then random cue sheets in shuffled order."""

import random

from observing import attempt
from cuestack.cues import Cue
from cuestack.playback import go_list, next_cue, running_order


def run(cues):
    order = running_order(cues)
    numbers = [cue.number for cue in order]
    return numbers, go_list(cues), [next_cue(cues, number) for number in numbers]


def sheet(numbers, follow=(), cut=()):
    return [Cue(n, f"state {n}", 2.5, n in follow, n in cut) for n in numbers]


def observe():
    rng = random.Random(2024)
    results = [
        attempt(run, []),
        attempt(run, sheet(["Q9", "Q10"])),
        attempt(run, sheet(["Q10", "Q9"])),
        attempt(run, sheet(["9", "10", "9.5", "100", "11"])),
        attempt(run, sheet(["Q1", "Q1.5", "Q1.25", "Q2"])),
        attempt(run, sheet(["Q2", "Q10", "Q1"], follow=("Q10",))),
        attempt(run, sheet(["Q4", "4.0"])),
        attempt(run, sheet(["Q12", "12.00", "Q13"])),
        attempt(run, sheet(["Q12", "12"], cut=("12",))),
        attempt(run, sheet([" q 7 ", "Q20", "Q3"])),
        attempt(run, sheet(["Q0.5", "Q0", "Q1"])),
    ]
    for _ in range(200):
        pool = [str(n) for n in range(1, rng.choice((6, 15, 40)))]
        pool += [f"{n}.5" for n in range(1, 30) if rng.random() < 0.1]
        numbers = rng.sample(pool, rng.randint(0, min(len(pool), 20)))
        if numbers and rng.random() < 0.1:
            numbers.append(rng.choice(numbers) + ".0")
        numbers = [rng.choice(("Q", "", "q")) + n for n in numbers]
        follow = {n for n in numbers if rng.random() < 0.2}
        cut = {n for n in numbers if rng.random() < 0.15}
        results.append(attempt(run, sheet(numbers, follow, cut)))
    return results
