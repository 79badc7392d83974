"""Following one set point by point."""

from __future__ import annotations

from .rules import GAME_POINTS, TIEBREAK_POINTS, call_game, call_tiebreak, race_winner


class SetOver(Exception):
    pass


class SetTracker:
    def __init__(self, games_to_win: int = 6) -> None:
        self.games_to_win = games_to_win
        self.games = {"A": 0, "B": 0}
        self.points = {"A": 0, "B": 0}
        self.winner: str | None = None

    @property
    def in_tiebreak(self) -> bool:
        return self.games["A"] == self.games["B"] == self.games_to_win

    def point(self, player: str) -> None:
        if self.winner is not None:
            raise SetOver(f"set already won by {self.winner}")
        if player not in self.points:
            raise ValueError(f"unknown player {player!r}")
        self.points[player] += 1
        target = TIEBREAK_POINTS if self.in_tiebreak else GAME_POINTS
        game = race_winner(self.points["A"], self.points["B"], target)
        if game is None:
            return
        tiebreak = self.in_tiebreak
        self.games[game] += 1
        self.points = {"A": 0, "B": 0}
        if tiebreak or race_winner(self.games["A"], self.games["B"], self.games_to_win):
            self.winner = game

    def play(self, points: str) -> None:
        for player in points:
            self.point(player)

    def score(self) -> str:
        games = f"{self.games['A']}-{self.games['B']}"
        if self.winner is not None:
            return f"{games}, set {self.winner}"
        if self.in_tiebreak:
            return f"{games}, tiebreak {call_tiebreak(self.points['A'], self.points['B'])}"
        return f"{games}, {call_game(self.points['A'], self.points['B'])}"
