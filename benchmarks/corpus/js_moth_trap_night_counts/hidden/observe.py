"""read_night on lines with the count after the name, before it, in capitals, zero, absent, on aliases and repeated species, then random mornings' write-ups; season_summary and migrants over them."""

import random

from observing import attempt
from mothlog import migrants, read_night, season_summary
from species import ALIASES, SPECIES

WRITTEN = sorted(SPECIES) + sorted(ALIASES) + ["silver y", "LARGE YELLOW UNDERWING", "Rush  Veneer"]


def night_and_migrants(text):
    night, catch = read_night(text)
    return night, catch, migrants(catch)


def observe():
    rng = random.Random(4471)
    results = []
    head = "2024-07-20 Robinson MV\n"
    for line in ("Silver Y x5", "x5 Silver Y", "Silver Y X5", "Silver Y x0", "Silver Y", "Silver Y x12 worn",
                 "lyu x30", "x2 h&d", "h&d x2\nh&d", "Silver Yx5", "Heart and Dart x3\nx4 Heart and Dart",
                 "Rush Veneer 3", "# x9\nRush Veneer", "Common Footman x", "Gypsy Moth x2"):
        results.append(attempt(night_and_migrants, head + line))
    nights = []
    for n in range(120):
        lines = [f"2024-{rng.randint(5, 9):02d}-{rng.randint(1, 28):02d} Skinner actinic"]
        for _ in range(rng.randint(0, 9)):
            name = rng.choice(WRITTEN)
            style = rng.random()
            if style < 0.45:
                lines.append(f"{name} x{rng.randint(0, 60)}")
            elif style < 0.6:
                lines.append(f"x{rng.randint(1, 60)} {name}")
            elif style < 0.7:
                lines.append(f"# {name} x{rng.randint(1, 9)} escaped")
            elif style < 0.75:
                lines.append("")
            else:
                lines.append(name)
        text = "\n".join(lines)
        result = attempt(night_and_migrants, text)
        results.append(result)
        if isinstance(result, tuple):
            nights.append(result[:2])
        if n % 20 == 19:
            results.append(attempt(season_summary, list(nights)))
    return results
