"""Class results and high gun with full, part and empty cards, no-birds and countback ties, then random shoots."""

import random

from observing import attempt
from shoot import CATEGORIES, Shoot

NAMES = ["Pat Hollis", "Kev Marsh", "Jo Tindall", "Ray Good", "Sam Oakes", "Di Frost", "Mo Patel", "Les Budd", "Viv Kerr"]


def run(entries):
    """entries: (name, class, marks) with marks as a list of strings marked in turn."""
    shoot = Shoot("observed")
    marked = []
    for name, category, marks in entries:
        shoot.register(name, category)
        for piece in marks:
            marked.append(attempt(shoot.mark, name, piece))
    results = {category: shoot.class_results(category) for category in CATEGORIES}
    return marked, results, shoot.high_gun()


def observe():
    rng = random.Random(2507)
    results = []
    full = "X" * 25
    edge = [
        [],
        [("Pat Hollis", "A", [])],
        [("Pat Hollis", "A", [full])],
        [("Pat Hollis", "A", ["X" * 24])],
        [("Pat Hollis", "A", ["X" * 24]), ("Kev Marsh", "A", ["0" * 25])],
        [("Pat Hollis", "A", ["X" * 24 + "N"]), ("Kev Marsh", "A", ["0" * 25])],
        [("Pat Hollis", "A", ["X" * 10, "X" * 10, "X" * 5]), ("Kev Marsh", "A", ["X" * 20])],
        [("Pat Hollis", "AA", ["X" * 12]), ("Kev Marsh", "B", [full]), ("Jo Tindall", "B", ["X0" * 12 + "X"])],
        [("Pat Hollis", "C", ["0" + "X" * 24]), ("Kev Marsh", "C", ["X" * 24 + "0"]), ("Jo Tindall", "C", ["X" * 24])],
        [("Pat Hollis", "A", [full, "X"])],
    ]
    for entries in edge:
        results.append(attempt(run, entries))
    for _ in range(150):
        entries = []
        for name in rng.sample(NAMES, rng.randint(1, len(NAMES))):
            pieces = []
            stands = rng.choice((5, 5, 5, 4, 3, 2, 1, 0, 6))
            for _stand in range(stands):
                pieces.append("".join(rng.choice("XXXX0N" if rng.random() < 0.9 else "XX0") for _ in range(5)))
            entries.append((name, rng.choice(CATEGORIES), pieces))
        results.append(attempt(run, entries))
    return results
