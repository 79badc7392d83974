"""The season leaderboard."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from arcade.scores import Score, best_scores


@dataclass(frozen=True)
class Row:
    rank: int
    player: str
    points: int


def standings(scores: list[Score], top: Optional[int] = None) -> list[Row]:
    """Every player's best score, highest first. Equal points share a rank and
    the ranks after them skip (1, 2, 2, 4); tied players are listed by name.
    With `top`, only the rows ranked top or better."""
    ordered = sorted(best_scores(scores).values(), key=lambda s: (-s.points, s.player))
    rows = []
    rank = 0
    previous = None
    for position, score in enumerate(ordered, start=1):
        if score.points != previous:
            rank = position
        rows.append(Row(rank, score.player, score.points))
    if top is not None:
        rows = [row for row in rows if row.rank <= top]
    return rows
