"""read_entries on texts with one, two and many classes, empty classes, notes and blank lines, classes typed twice and entries before a class, then random entry lists; the parade order and commentary cards of each."""

import random

from observing import attempt
from entries import read_entries
from programme import commentary_cards, parade_order

TRACTORS = ["Ferguson TE20", "Fordson Major", "Caterpillar D2", "Lister D", "Nuffield 10/60", "David Brown Cropmaster"]
PEOPLE = ["R. Pask", "M. Hollis", "J. & S. Wren", "A. Moss", "T. Bell"]
CLASS_NAMES = ["Grey Fergies", "Crawlers", "Stationary Engines", "Fordsons", "Miscellaneous"]


def run(text, ring_order):
    classes = read_entries(text)
    plain = {name: [(e.plate, e.year, e.tractor, e.exhibitor) for e in entries] for name, entries in classes.items()}
    return list(classes), plain, parade_order(classes, ring_order), commentary_cards(classes)


def line(plate, year, tractor="Ferguson TE20", who="R. Pask"):
    return f"{plate}  {year}  {tractor}  {who}"


def observe():
    rng = random.Random(2741)
    results = []
    fixed = [
        "",
        "# nothing yet",
        "[Crawlers]",
        "[Crawlers]\n[Fordsons]",
        "[Crawlers]\n" + line(3, 1940),
        "[Crawlers]\n" + line(3, 1940) + "\n[Fordsons]",
        "[Crawlers]\n" + line(3, 1940) + "\n[Fordsons]\n" + line(1, 1950),
        "[Crawlers]\n" + line(3, 1940) + "\n[Fordsons]\n[Lister]\n" + line(2, 1930) + "\n" + line(1, 1931),
        "[Crawlers]\n" + line(3, 1940) + "\n[Crawlers]\n" + line(1, 1950),
        line(3, 1940) + "\n[Crawlers]",
        "[Crawlers]\n3 Ferguson  R. Pask",
        "[A]\n" + line(5, 1950) + "\n\n# note\n[B]\n" + line(4, 1950) + "\n[C]\n" + line(6, 1949),
    ]
    for text in fixed:
        results.append(attempt(run, text, ["Fordsons", "Crawlers"]))
    for _ in range(150):
        names = rng.sample(CLASS_NAMES, rng.randint(1, len(CLASS_NAMES)))
        plates = rng.sample(range(1, 400), 40)
        parts = []
        for name in names:
            parts.append(f"[{name}]")
            for _ in range(rng.randint(0, 6)):
                parts.append(line(plates.pop(), rng.randint(1905, 1975), rng.choice(TRACTORS), rng.choice(PEOPLE)))
                if rng.random() < 0.15:
                    parts.append(rng.choice(("", "# withdrawn", "   ")))
        if rng.random() < 0.05:
            parts.append(f"[{names[0]}]")
        ring = rng.sample(CLASS_NAMES, rng.randint(0, 3))
        results.append(attempt(run, "\n".join(parts), ring))
    return results
