"""Tables of random mixed values, rendered as Markdown (both alignments) and CSV."""

import random

from observing import attempt
from report.tables import render_csv, render_markdown

VALUES = [None, True, False, 0, 7, -3, 2.5, 1 / 3, 1234.5678, "", "tea", "a|b", "x,y", 'q"uote']


def observe():
    rng = random.Random(211)
    results = []
    for _ in range(50):
        columns = rng.randint(1, 4)
        headers = [f"c{i}" for i in range(columns)]
        rows = [[rng.choice(VALUES) for _ in range(columns)] for _ in range(rng.randint(0, 5))]
        results.append(attempt(render_markdown, headers, rows))
        results.append(attempt(render_markdown, headers, rows, headers[::2]))
        results.append(attempt(render_csv, headers, rows))
    return results
