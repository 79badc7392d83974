"""Merging random nested tables, environment overrides, and repeated loads."""

import copy
import random

from observing import attempt
from appconf.env import overrides_from_env
from appconf.loader import DEFAULTS, load
from appconf.merge import deep_merge


def table(rng, depth):
    result = {}
    for key in rng.sample(["a", "b", "c", "db", "log"], rng.randint(0, 3)):
        result[key] = table(rng, depth - 1) if depth and rng.random() < 0.5 else rng.choice([0, 1, "x", "", None, True])
    return result


def observe():
    rng = random.Random(132)
    results = []
    for _ in range(40):
        layers = [table(rng, 2) for _ in range(rng.randint(1, 4))]
        before = copy.deepcopy(layers)
        results.append(attempt(deep_merge, *layers))
        results.append(layers == before)
    for _ in range(30):
        env = {rng.choice(["APP_", "APP_DB__", "OTHER_", "APP_LOG__"]) + rng.choice(["NAME", "PORT", "LEVEL"]):
               rng.choice(["", "1", "off", "5433", "0.25", "text", " spaced "]) for _ in range(rng.randint(0, 4))}
        results.append(attempt(overrides_from_env, env))
        results.append(attempt(load, [], env))
    results.append(DEFAULTS)
    return results
