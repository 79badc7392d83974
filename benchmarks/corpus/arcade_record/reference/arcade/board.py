"""High scores: the best score of each player, and the top of the table."""

from __future__ import annotations

import math
from typing import Iterable


class Leaderboard:
    def __init__(self, size: int = 10) -> None:
        self.size = size
        self.best: dict[str, int] = {}
        self.games = 0

    def record(self, player: str, score: int) -> bool:
        """Record a finished game; True when it is the player's new best."""
        self.games += 1
        previous = self.best.get(player)
        self.best[player] = max(self.best.get(player, -math.inf), score)
        return previous is None or score > previous

    def record_all(self, games: Iterable[tuple[str, int]]) -> int:
        return sum(self.record(player, score) for player, score in games)

    def top(self) -> list[tuple[str, int]]:
        """The best players, highest first; equal scores by name."""
        ranked = sorted(self.best.items(), key=lambda item: (-item[1], item[0]))
        return ranked[: self.size]

    def rank(self, player: str) -> int | None:
        """1-based position of the player in the full table."""
        for position, (name, _) in enumerate(sorted(self.best.items(), key=lambda item: (-item[1], item[0])), 1):
            if name == player:
                return position
        return None
