"""Calls on every small score, then random sets played point by point."""

import random

from observing import attempt
from tennis.match import SetTracker
from tennis.rules import call_game, call_tiebreak, race_winner


def play_set(rng, bias, games_to_win):
    tracker = SetTracker(games_to_win)
    calls = []
    for n in range(400):
        outcome = attempt(tracker.point, "A" if rng.random() < bias else "B")
        if n % 7 == 0 or outcome is not None:
            calls.append((n, outcome, attempt(tracker.score)))
        if outcome is not None:
            break
    return calls, dict(tracker.games), tracker.winner, attempt(tracker.score)


def observe():
    rng = random.Random(6120)
    results = []
    for a in range(-1, 12):
        for b in range(-1, 12):
            results.append((a, b, [attempt(race_winner, a, b, t) for t in (1, 2, 4, 6, 7, 10)]))
    for a in range(0, 9):
        for b in range(0, 9):
            results.append((a, b, attempt(call_game, a, b), attempt(call_tiebreak, a, b)))
    for points in ("AAAA" * 6, "BBBB" * 6, ("AAAA" + "BBBB") * 6 + "A" * 7,
                   ("AAAA" + "BBBB") * 5 + "AAAA" + "AAAA", ("AAAA" + "BBBB") * 6 + "ABABABABABABAA"):
        tracker = SetTracker()
        results.append((attempt(tracker.play, points), dict(tracker.games), tracker.winner, attempt(tracker.score)))
    for _ in range(100):
        bias = rng.choice([0.3, 0.45, 0.5, 0.55, 0.7, 0.9])
        results.append(play_set(rng, bias, rng.choice([1, 2, 3, 6, 6, 6])))
    return results
