"""The round's ranking from the climbers' scorecards."""

from __future__ import annotations

from scorecard import Scorecard, Totals


def sort_key(totals: Totals) -> tuple[int, int, int, int]:
    """More tops, then more zones, then fewer attempts to tops, then to zones."""
    return (-totals.tops, -totals.zones, totals.top_attempts, totals.zone_attempts)


def ranking(cards: list[Scorecard]) -> list[tuple[int, str, Totals]]:
    """(place, climber, totals), best first. Climbers level on all four share a place."""
    scored = sorted(((card.totals(), card.climber) for card in cards), key=lambda pair: (sort_key(pair[0]), pair[1]))
    ranked = []
    for index, (totals, climber) in enumerate(scored):
        if index and sort_key(totals) == sort_key(scored[index - 1][0]):
            place = ranked[-1][0]
        else:
            place = index + 1
        ranked.append((place, climber, totals))
    return ranked
