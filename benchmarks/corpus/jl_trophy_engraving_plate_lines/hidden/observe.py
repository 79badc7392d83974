"""layout and quote on words that just fit, fill a line exactly, or are too long for the
plate (first, last, alone, in a row), blank lines, then random inscriptions."""

import random
import string

from observing import attempt
from engraving.layout import PLATES, layout, oversized
from engraving.pricing import quote


def job(text, plate):
    lines = layout(text, plate)
    return lines, oversized(lines, plate), quote(text, plate)


def observe():
    rng = random.Random(2718)
    results = []
    for plate, width in PLATES.items():
        for size in (width - 1, width, width + 1, 2 * width + 3):
            long = "W" * size
            for text in (
                long,
                f"{long} Cup",
                f"The {long}",
                f"A {long} B",
                f"{long} {long}",
                f"{long}\n\nRunner Up",
                f"Best\n{long}",
                "ab " * 12 + long,
            ):
                results.append(attempt(job, text, plate))
        results.append(attempt(job, "x" * (width // 2) + " " + "y" * (width - width // 2 - 1), plate))
        results.append(attempt(job, "x" * (width // 2) + " " + "y" * (width - width // 2), plate))
        results.append(attempt(job, "", plate))
        results.append(attempt(job, "  \n\n  ", plate))
    results.append(attempt(job, "Champion", "enormous"))
    letters = string.ascii_letters + "0123456789-'&"
    for _ in range(150):
        plate = rng.choice(list(PLATES))
        paragraphs = []
        for _ in range(rng.randint(1, 4)):
            words = ["".join(rng.choice(letters) for _ in range(rng.choice((1, 2, 3, 5, 7, 9, 12, 16, 20, 25, 34))))
                     for _ in range(rng.randint(0, 8))]
            paragraphs.append(" ".join(words) if rng.random() < 0.8 else "  ".join(words))
        results.append(attempt(job, "\n".join(paragraphs), plate))
    return results
