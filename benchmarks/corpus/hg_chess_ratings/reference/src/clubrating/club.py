from __future__ import annotations

from dataclasses import dataclass

from .elo import expected_score, k_factor

SCORES = {"1-0": 1.0, "1/2-1/2": 0.5, "0-1": 0.0}


@dataclass
class Player:
    name: str
    rating: float = 1200.0
    games: int = 0


class Club:
    def __init__(self) -> None:
        self.players: dict[str, Player] = {}

    def join(self, name: str, rating: float = 1200.0) -> Player:
        if name in self.players:
            raise ValueError(f"{name} is already a member")
        self.players[name] = player = Player(name, rating)
        return player

    def record(self, white: str, black: str, result: str) -> tuple[float, float]:
        """Rate a game given as '1-0', '1/2-1/2' or '0-1'; returns both players' rating changes."""
        if white == black:
            raise ValueError("a player cannot play themselves")
        score = SCORES[result]
        a, b = self.players[white], self.players[black]
        expected = expected_score(a.rating, b.rating)
        change_a = k_factor(a.rating, a.games) * (score - expected)
        change_b = k_factor(b.rating, b.games) * (expected - score)
        a.rating += change_a
        b.rating += change_b
        a.games += 1
        b.games += 1
        return round(change_a, 1), round(change_b, 1)

    def standings(self) -> list[tuple[str, int]]:
        ordered = sorted(self.players.values(), key=lambda p: (-p.rating, p.name))
        return [(p.name, round(p.rating)) for p in ordered]
