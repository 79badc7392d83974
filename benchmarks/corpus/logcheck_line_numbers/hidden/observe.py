"""Random logs of good, malformed, long and blank lines: findings and summaries."""

import random

from observing import attempt
from logcheck.check import check_lines, summary

LINES = [
    "2024-05-01T10:00:00 INFO service started",
    "2024-05-01T10:00:01 ERROR disk full",
    "2024-05-01T10:00:02 LOUD shouting",
    "2024-05-01T10:00:03 INFO    ",
    "not a log line",
    "",
    "   ",
    "2024-05-01T10:00:04 DEBUG " + "z" * 130,
]


def observe():
    rng = random.Random(171)
    results = []
    for _ in range(40):
        log = [rng.choice(LINES) for _ in range(rng.randint(0, 10))]
        findings = attempt(check_lines, log, rng.choice([60, 120]))
        results.append(findings)
        results.append(attempt(summary, findings) if isinstance(findings, list) else findings)
    return results
