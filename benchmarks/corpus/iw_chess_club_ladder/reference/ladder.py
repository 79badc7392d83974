"""The club ladder: a point for a win, half for a draw."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from games import Game


@dataclass(frozen=True)
class Row:
    player: str
    played: int
    won: int
    drawn: int
    lost: int
    points: float


def standings(games: list[Game]) -> list[Row]:
    """Most points first; on equal points the player with more wins is higher, then by name."""
    won: dict[str, int] = defaultdict(int)
    drawn: dict[str, int] = defaultdict(int)
    lost: dict[str, int] = defaultdict(int)
    for game in games:
        if game.result == "1-0":
            won[game.white] += 1
            lost[game.black] += 1
        elif game.result == "0-1":
            won[game.black] += 1
            lost[game.white] += 1
        else:
            drawn[game.white] += 1
            drawn[game.black] += 1
    players = set(won) | set(drawn) | set(lost)
    rows = [
        Row(p, won[p] + drawn[p] + lost[p], won[p], drawn[p], lost[p], won[p] + drawn[p] / 2)
        for p in players
    ]
    rows.sort(key=lambda row: (-row.points, -row.won, row.player))
    return rows


def head_to_head(games: list[Game], a: str, b: str) -> tuple[float, float]:
    """Points a and b scored against each other."""
    score_a = score_b = 0.0
    for game in games:
        if {game.white, game.black} != {a, b}:
            continue
        if game.result == "1/2-1/2":
            score_a += 0.5
            score_b += 0.5
        elif (game.result == "1-0") == (game.white == a):
            score_a += 1
        else:
            score_b += 1
    return score_a, score_b
