"""Submitted scores, and each player's best."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    player: str
    points: int
    submitted: int  # seconds since the season started


def parse_scores(lines: list[str]) -> list[Score]:
    """Scores from "player points submitted" lines; blank lines and # comments are skipped."""
    scores = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            player, points, submitted = line.split()
            scores.append(Score(player, int(points), int(submitted)))
    return scores


def best_scores(scores: list[Score]) -> dict[str, Score]:
    """Each player's highest score; of equal scores, the one submitted first."""
    best: dict[str, Score] = {}
    for score in scores:
        held = best.get(score.player)
        if held is None or (score.points, -score.submitted) > (held.points, -held.submitted):
            best[score.player] = score
    return best
