"""One group's card. After six strokes the ball is picked up and the hole scores
seven; the kiosk writes down whatever the group says they took."""

from __future__ import annotations

from minigolf.course import Course

MAX_STROKES = 6
PICK_UP_SCORE = MAX_STROKES + 1


class Scorecard:
    def __init__(self, course: Course, players: list[str]):
        if len(set(players)) != len(players):
            raise ValueError("two players with the same name")
        self.course = course
        self.strokes: dict[str, dict[int, int]] = {player: {} for player in players}

    def record(self, player: str, hole: int, strokes: int) -> None:
        if not 1 <= hole <= self.course.holes:
            raise ValueError(f"there is no hole {hole}")
        if strokes < 1:
            raise ValueError("a hole takes at least one stroke")
        self.strokes[player][hole] = strokes

    def total(self, player: str) -> int:
        """Strokes over the holes played so far, closed holes left out."""
        total = 0
        for hole in range(1, self.course.holes):
            if hole in self.course.closed:
                continue
            strokes = self.strokes[player].get(hole)
            if strokes is not None:
                total += min(strokes, MAX_STROKES)
        return total

    def to_par(self, player: str) -> int:
        played = [hole for hole in self.strokes[player] if hole not in self.course.closed]
        return self.total(player) - sum(self.course.par(hole) for hole in played)

    def leaderboard(self) -> list[tuple[str, int]]:
        return sorted(((player, self.total(player)) for player in self.strokes), key=lambda row: (row[1], row[0]))
