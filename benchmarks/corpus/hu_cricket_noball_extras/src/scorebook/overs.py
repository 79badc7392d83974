"""Overs as scorers write them: "12.3" is twelve overs and three balls."""

from __future__ import annotations

BALLS_PER_OVER = 6


def parse_overs(text: str) -> int:
    """The number of legal balls in an overs figure."""
    whole, _, balls = text.strip().partition(".")
    overs, extra = int(whole), int(balls or 0)
    if overs < 0 or not 0 <= extra < BALLS_PER_OVER:
        raise ValueError(f"not an overs figure: {text!r}")
    return overs * BALLS_PER_OVER + extra


def format_overs(balls: int) -> str:
    overs, extra = divmod(balls, BALLS_PER_OVER)
    return f"{overs}.{extra}"


def run_rate(runs: int, balls: int) -> float:
    """Runs per over; 0.0 before the first legal ball."""
    if balls == 0:
        return 0.0
    return runs * BALLS_PER_OVER / balls
