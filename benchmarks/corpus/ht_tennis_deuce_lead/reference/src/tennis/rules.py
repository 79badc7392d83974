"""Scoring rules. Games, tiebreaks and sets are all races: the first side to
reach the target wins, but only with a lead of two."""

from __future__ import annotations

CALLS = ["0", "15", "30", "40"]
GAME_POINTS = 4
TIEBREAK_POINTS = 7


def race_winner(a: int, b: int, target: int) -> str | None:
    """"A" or "B" once that side has reached target and leads by two, else None."""
    if a < 0 or b < 0:
        raise ValueError("scores cannot be negative")
    leader, lead = ("A", a - b) if a > b else ("B", b - a)
    if max(a, b) >= target and lead >= 2:
        return leader
    return None


def call_game(a: int, b: int) -> str:
    """What the umpire calls with the server (A) on a points and the receiver on b."""
    winner = race_winner(a, b, GAME_POINTS)
    if winner:
        return f"game {winner}"
    if a >= 3 and b >= 3:
        if a == b:
            return "deuce"
        return "advantage " + ("A" if a > b else "B")
    return f"{CALLS[a]}-{CALLS[b]}"


def call_tiebreak(a: int, b: int) -> str:
    winner = race_winner(a, b, TIEBREAK_POINTS)
    if winner:
        return f"set {winner}"
    return f"{a}-{b}"
