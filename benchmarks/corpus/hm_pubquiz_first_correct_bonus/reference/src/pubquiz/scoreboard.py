"""Scoring a pub quiz as the answers are marked. Each team answers a question
once; the first team marked correct on a question gets a bonus point."""

from __future__ import annotations

from .rounds import Question

FIRST_BONUS = 1


class QuizError(Exception):
    pass


class Scoreboard:
    def __init__(self, sheet: dict[int, Question], teams: list[str]) -> None:
        self.sheet = sheet
        self.scores = {team: 0 for team in teams}
        self.answered: set[tuple[str, int]] = set()
        self.first_correct: dict[int, str] = {}

    def mark(self, team: str, number: int, correct: bool) -> int:
        """Record a team's answer to a question; returns the points it earned."""
        if team not in self.scores:
            raise QuizError(f"no team {team!r}")
        if number not in self.sheet:
            raise QuizError(f"no question {number}")
        if (team, number) in self.answered:
            raise QuizError(f"{team} already answered question {number}")
        self.answered.add((team, number))
        if not correct:
            return 0
        earned = self.sheet[number].points
        if number not in self.first_correct:
            earned += FIRST_BONUS
            self.first_correct[number] = team
        self.scores[team] += earned
        return earned

    def standings(self) -> list[tuple[str, int]]:
        """Highest score first; ties in team-name order."""
        return sorted(self.scores.items(), key=lambda item: (-item[1], item[0]))

    def winners(self) -> list[str]:
        if not self.scores:
            return []
        best = max(self.scores.values())
        return sorted(team for team, score in self.scores.items() if score == best)

    def bonuses(self, team: str) -> int:
        """How many questions team was first to get right."""
        return sum(1 for first in self.first_correct.values() if first == team)
