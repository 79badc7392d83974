"""Every string of harps of several sizes and top notes: its position, note, colour, whether it is wound, and string_of back from the note; the strings off each end; then random restringing orders."""

import random

from observing import attempt
from harpstrings.harp import Harp
from harpstrings.orders import order_lines, read_broken

HARPS = [
    ("Ashbury 34", 34, "A6", "C3"),
    ("Pixie 22", 22, "C6", "C2"),
    ("Dusty 36", 36, "E7", "G3"),
    ("Lap 15", 15, "G5", "B3"),
    ("Tiny 1", 1, "F4", "C2"),
]


def chart(harp, string):
    return harp.position(string), harp.note_of(string), harp.colour_of(string), harp.is_wound(string)


def round_trip(harp, string):
    return harp.string_of(harp.note_of(string))


def observe():
    rng = random.Random(6203)
    results = []
    for model, strings, top, wound in HARPS:
        harp = Harp(model, strings, top, wound)
        for string in range(-1, strings + 3):
            results.append(attempt(chart, harp, string))
            results.append(attempt(round_trip, harp, string))
        for note in ("C4", top, "C2", "B1", "A7"):
            results.append(attempt(harp.string_of, note))
    for _ in range(150):
        model, strings, top, wound = rng.choice(HARPS)
        harp = Harp(model, strings, top, wound)
        broken = [rng.randint(0, strings + 2) for _ in range(rng.randint(0, 8))]
        text = ", ".join(str(n) for n in broken) + rng.choice(("", " and 4", " (twice)"))
        results.append(attempt(order_lines, harp, attempt(read_broken, text)))
    return results
