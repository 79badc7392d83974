"""Release notes for random logs drawn from a small vocabulary, so that the same
summary comes back under the same or another kind, scope or breaking mark."""

import random

from observing import attempt
from changelog.commits import parse_log
from changelog.render import group, render

KINDS = ["feat", "fix", "perf", "docs", "chore"]
SCOPES = ["", "(api)", "(cli)"]
SUMMARIES = ["add export", "fix totals", "speed up load", "drop v1"]


def observe():
    rng = random.Random(6060)
    results = []
    edge = [
        "",
        "feat: a\nfeat: a",
        "feat: a\nfeat!: a",
        "feat!: a\nfeat: a",
        "feat(x)!: a\nfix(x)!: a",
        "feat: a\nfix: a\nfeat(x): a",
        "docs: a\ndocs: a\nfeat: a",
        "fix: a\nfix: b\nfix: a\nfix: b\nfix: a",
    ]
    for log in edge:
        results.append(attempt(group, parse_log(log)))
    for _ in range(100):
        lines = []
        for _ in range(rng.randint(0, 12)):
            bang = "!" if rng.random() < 0.2 else ""
            lines.append(f"{rng.choice(KINDS)}{rng.choice(SCOPES)}{bang}: {rng.choice(SUMMARIES)}")
        commits = parse_log("\n".join(lines))
        results.append((attempt(group, commits), attempt(render, "v1", commits)))
    return results
