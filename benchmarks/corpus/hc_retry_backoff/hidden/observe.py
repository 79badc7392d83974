"""Waits of many policies, with and without jitter, and what a retried call sleeps."""

import random

from observing import attempt
from retrying.policy import RetryPolicy
from retrying.runner import TransientError, call_with_retries


def observe():
    results = []
    for attempts in (0, 1, 2, 3, 5, 9):
        for base in (0.1, 0.5, 1, 3):
            for cap in (0.05, 1, 2.5, 30):
                policy = RetryPolicy(attempts, base, cap)
                results.append((attempts, base, cap, attempt(policy.waits), attempt(policy.total_wait)))
    rng = random.Random(613)
    for _ in range(60):
        policy = RetryPolicy(rng.randint(1, 8), rng.choice([0.2, 0.5, 1.5]), rng.choice([1, 4, 60]), rng.choice([0, 0.1, 0.5]))
        results.append(attempt(policy.waits, random.Random(rng.randint(0, 1000))))
        failures = rng.randint(0, 9)
        calls, slept = [], []

        def flaky():
            calls.append(1)
            if len(calls) <= failures:
                raise TransientError
            return len(calls)

        results.append((attempt(call_with_retries, flaky, policy, slept.append), slept))
    return results
