"""Loading random settings files, good and bad values mixed, and the values that result."""

import random

from observing import attempt
from appconf.settings import Settings

VALUES = {
    "host": ["db.local", "", "a=b"],
    "port": ["80", "0", "65535", "65536", "http", "-1", " 443 "],
    "debug": ["yes", "Off", "maybe", "1", "2"],
    "keepalive": ["30s", "250ms", "2h", "10", "5 m", "-3s", "1d"],
    "workers": ["4", "four", "0", "3.5", ""],
    "ratio": ["0.25", "1e-3", "half", "nan", "inf"],
    "colour": ["blue"],
}


def load(text):
    settings = Settings()
    problems = settings.load(text)
    return problems, dict(settings.values)


def observe():
    results = []
    for key, values in VALUES.items():
        for value in values:
            results.append(attempt(load, f"{key} = {value}"))
    rng = random.Random(31337)
    keys = list(VALUES)
    for _ in range(120):
        lines = []
        for _ in range(rng.randint(0, 8)):
            key = rng.choice(keys)
            kind = rng.random()
            if kind < 0.8:
                lines.append(f"{rng.choice([key, key.upper(), ' ' + key])} = {rng.choice(VALUES[key])}")
            elif kind < 0.9:
                lines.append(f"# {key} = off")
            else:
                lines.append(rng.choice(["", "   ", "no equals here"]))
        results.append(attempt(load, "\n".join(lines)))
    return results
