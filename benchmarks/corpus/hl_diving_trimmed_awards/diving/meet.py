"""A diver's round of dives and the standings of the event."""

from __future__ import annotations

from diving.scoring import dive_score


def total(dives: list[tuple[list[float], float]]) -> float:
    """Sum of the dive scores of (awards, difficulty) pairs."""
    return round(sum(dive_score(awards, difficulty) for awards, difficulty in dives), 2)


def standings(divers: dict[str, list[tuple[list[float], float]]]) -> list[tuple[str, float]]:
    """(diver, total), best first; equal totals by name."""
    totals = [(name, total(dives)) for name, dives in divers.items()]
    return sorted(totals, key=lambda row: (-row[1], row[0]))


def best_dive(dives: list[tuple[list[float], float]]) -> int:
    """Index of the diver's highest-scoring dive (the first of equal ones)."""
    if not dives:
        raise ValueError("no dives")
    scores = [dive_score(awards, difficulty) for awards, difficulty in dives]
    return scores.index(max(scores))
