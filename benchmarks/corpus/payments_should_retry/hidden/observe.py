"""Calls failing a random number of times with random errors, under random retry settings."""

import random

from observing import attempt
from payments.policy import retry_call

ERRORS = [ConnectionError, TimeoutError, ConnectionResetError, ValueError, KeyError]


def observe():
    rng = random.Random(342)
    results = []
    for _ in range(80):
        failures = [rng.choice(ERRORS) for _ in range(rng.randint(0, 6))]
        calls = []

        def call():
            calls.append(1)
            if len(calls) <= len(failures):
                raise failures[len(calls) - 1]("boom")
            return len(calls)

        waits = []
        settings = {"attempts": rng.randint(1, 6), "base": rng.choice([0.1, 0.5, 1.0]), "cap": rng.choice([1.0, 8.0])}
        results.append((attempt(retry_call, call, sleep=waits.append, **settings), len(calls), waits))
    return results
