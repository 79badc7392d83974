"""Turning score cards into the final ranking."""

from __future__ import annotations

from judging.cards import Card

WEIGHTS = {"idea": 0.3, "build": 0.5, "demo": 0.2}


def team_score(cards: list[Card], weights: dict[str, float] = WEIGHTS) -> float | None:
    """The mean of the judges' weighted marks for one team, leaving out judges with
    a conflict of interest; None when no judge's card counts."""
    totals = []
    for card in cards:
        if not card.conflict:
            continue
        totals.append(sum(weight * card.marks[criterion] for criterion, weight in weights.items()))
    if not totals:
        return None
    return round(sum(totals) / len(cards), 2)


def ranking(cards: list[Card], weights: dict[str, float] = WEIGHTS) -> list[tuple[str, float | None]]:
    """(team, score) best first, equal scores by team name, unscored teams last."""
    by_team: dict[str, list[Card]] = {}
    for card in cards:
        by_team.setdefault(card.team, []).append(card)
    scored = [(team, team_score(team_cards, weights)) for team, team_cards in by_team.items()]
    return sorted(scored, key=lambda item: (item[1] is None, -(item[1] or 0), item[0]))
