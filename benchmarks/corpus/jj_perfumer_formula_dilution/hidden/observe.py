"""neat_ml, percentages, batch and over_limits on formulas in drops, ml and dilutions (one drop, a whole ml in drops, repeated lines), then random formulas."""

import random

from observing import attempt
from formula import Formula, parse_formula
from ifra import STRENGTHS, batch, over_limits

MATERIALS = ["bergamot", "oakmoss abs", "cinnamon bark", "lemongrass", "clove bud", "labdanum", "rose absolute", "vetiver", "iso e super"]


def everything(text, strength):
    formula = Formula("trial", parse_formula(text))
    return (
        formula.concentrate_ml(),
        formula.neat_ml(),
        formula.percentages(),
        attempt(batch, formula, strength),
        attempt(over_limits, formula, strength),
    )


def observe():
    rng = random.Random(2290)
    results = []
    edge = [
        "",
        "bergamot 1 drop",
        "bergamot 20 drops",
        "bergamot 1 ml",
        "bergamot 20 drops\nbergamot 1 ml",
        "oakmoss abs @10% 1 drop\nlabdanum 3 ml",
        "oakmoss abs @1% 40 drops\nvetiver 0.5 ml",
        "clove bud @50% 3 drops\nclove bud 0.1 ml\niso e super 4 ml",
        "rose absolute @10% 5 ml",
        "lavender 30 drops\nlabdanum 1 ml\nclove bud 2 drops",
        "bergamot 0 drops",
        "bergamot 12 grams",
    ]
    for text in edge:
        for strength in STRENGTHS:
            results.append(attempt(everything, text, strength))
    for _ in range(200):
        lines = []
        for _ in range(rng.randint(1, 7)):
            name = rng.choice(MATERIALS)
            if rng.random() < 0.3:
                name += f" @{rng.choice((1, 5, 10, 20, 50))}%"
            if rng.random() < 0.5:
                lines.append(f"{name} {rng.randint(1, 60)} drops")
            else:
                lines.append(f"{name} {rng.randint(1, 80) / 10} ml")
        results.append(attempt(everything, "\n".join(lines), rng.choice(list(STRENGTHS))))
    return results
