"""The Elo formulas, as FIDE uses them."""

from __future__ import annotations


def expected_score(rating: float, opponent: float) -> float:
    """The score a player rated `rating` is expected to make against `opponent` (0 to 1)."""
    return 1 / (1 + 10 ** ((opponent - rating) / 400))


def k_factor(rating: float, games: int) -> int:
    if games < 30:
        return 40
    if rating >= 2400:
        return 10
    return 20
