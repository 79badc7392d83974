"""Typed values of many setting texts, and random .env files."""

import random
import tempfile
from pathlib import Path

from observing import attempt
from envconf import load
from envconf.loader import typed

TEXTS = ["0", "-7", "+3", "1_000", "08", "3.5", ".5", "1e3", "-0.0", "nan", "inf", "abc", "12abc", "1.2.3",
         " 42 ", "True", "NO", "On", "none", "NULL", "", "  ", "0x1F", "١٢", "½", "localhost:5432", "v1"]


def observe():
    results = [(text, attempt(typed, text)) for text in TEXTS]
    rng = random.Random(61)
    pieces = ["1", "22", "3.0", "x", "-", "e", "on", ".", "9", "a b", "#"]
    for _ in range(60):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        results.append((text, attempt(typed, text)))
    with tempfile.TemporaryDirectory() as folder:
        for n in range(15):
            lines = [f"APP_K{i}={rng.choice(TEXTS).strip()}" for i in range(rng.randint(0, 5))]
            lines.append(rng.choice(["", "OTHER=5", "# note", "export APP_X=yes", 'APP_Q="8 8"']))
            path = Path(folder) / f"{n}.env"
            path.write_text("\n".join(lines) + "\n")
            results.append(attempt(load, path, "APP_"))
    return results
