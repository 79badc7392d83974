"""walk_plan on scripts without directions, with one and several on a line, directions
at the start and end of a line, unclosed and nested brackets, then random scripts."""

import random

from observing import attempt
from tourscript import running_order, walk_plan

WORDS = "the grey lady walks here at midnight and nobody who saw her ever spoke of it again".split()
STOPS = ["Market Cross", "The Old Gaol", "Bishop's Lane", "St Olave's Yard", "The Plague Pit", "Tanner's Row"]
DIRECTIONS = ["pause 5", "pause 12", "ring bell", "lantern down", "lantern up", "Pause 3", "point at window"]


def run(script, wpm=130):
    plan = walk_plan(script, wpm)
    return plan, running_order(plan)


def observe():
    rng = random.Random(1666)
    results = []
    edge = [
        "",
        "Tickets please.",
        "@ Market Cross\nWelcome.",
        "@ Market Cross\n[ring bell]",
        "@ Market Cross\n[ring bell] Welcome.",
        "@ Market Cross\nWelcome. [ring bell]",
        "@ Market Cross\n[pause 5][pause 5] Hush.",
        "@ Market Cross\nOne [pause 2] two [pause 3] three [lantern up] four.",
        "@ Market Cross\n[ring bell Welcome.",
        "@ Market Cross\nWelcome ] there [pause 4]",
        "@ Market Cross\n[a [b] c] words here",
        "[lantern up]\n@ Market Cross\nWelcome.",
        "# notes only\n@ Gaol\n[pause x]",
    ]
    for script in edge:
        results.append(attempt(run, script))
        results.append(attempt(run, script, 60))
    for _ in range(150):
        lines = []
        for _ in range(rng.randint(0, 12)):
            roll = rng.random()
            if roll < 0.2:
                lines.append("@ " + rng.choice(STOPS))
            elif roll < 0.25:
                lines.append("# check this bit with Maureen")
            else:
                parts = []
                for _ in range(rng.randint(1, 8)):
                    if rng.random() < 0.3:
                        parts.append(f"[{rng.choice(DIRECTIONS)}]")
                    else:
                        parts.append(" ".join(rng.sample(WORDS, rng.randint(1, 6))))
                lines.append(" ".join(parts))
        results.append(attempt(run, "\n".join(lines), rng.choice((60, 110, 130, 150))))
    return results
