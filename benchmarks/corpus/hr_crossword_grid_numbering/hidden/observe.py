"""Entries, clue lists and answers for hand-made and random grids."""

import random

from observing import attempt
from crossword.grid import Grid
from crossword.numbering import answers, clue_list, entries


def observe():
    rng = random.Random(1903)
    results = []
    edge = ["A", "AB", "A\nB", "#", "AB\nCD", "A#\n#B", "ABC\n#D#\nEFG", "#A#\nBCD\n#E#", "A.C\n.#.\nG.I"]
    for text in edge:
        grid = Grid.parse(text)
        results.append((attempt(entries, grid), attempt(clue_list, grid), attempt(answers, grid)))
    letters = "ABCDEFGHIJKLMNOPRSTUW"
    for _ in range(100):
        height, width = rng.randint(1, 9), rng.randint(1, 9)
        density = rng.choice([0.0, 0.1, 0.2, 0.35, 0.5])
        rows = ["".join("#" if rng.random() < density else rng.choice(letters) for _ in range(width))
                for _ in range(height)]
        grid = Grid(rows)
        results.append((attempt(entries, grid), attempt(clue_list, grid), attempt(answers, grid)))
    return results
