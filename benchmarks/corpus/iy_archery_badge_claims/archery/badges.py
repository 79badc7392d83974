"""The club's rose badges for the 60-arrow club round, by bow style.

A badge is earned with a complete round, shot on a witnessed target day, scoring
at least the badge score for the bow it was shot with."""

from __future__ import annotations

from archery.scoresheet import Scoresheet

ROUND_ARROWS = 60
BADGE_NAMES = ["White", "Black", "Blue", "Red", "Gold"]
BADGE_SCORES = {
    "recurve": (350, 400, 450, 500, 550),
    "barebow": (300, 350, 400, 450, 500),
    "longbow": (250, 300, 350, 400, 450),
    "compound": (450, 500, 525, 550, 575),
}


def badge_for(bow: str, score: int) -> str | None:
    """The highest badge a score reaches with the bow, or None below the first."""
    earned = None
    for name, needed in zip(BADGE_NAMES, BADGE_SCORES[bow]):
        if score >= needed:
            earned = name
    return earned


def new_claims(sheets: list[Scoresheet], awarded: dict[tuple[str, str], str]) -> list[tuple[str, str, str]]:
    """The badges to claim from the county, as (archer, bow, badge) in archer then bow
    order: the best badge each archer has earned with each bow, when it is higher than
    the badge `awarded` already holds for that archer and bow."""
    best: dict[tuple[str, str], str] = {}
    for sheet in sheets:
        if sheet.arrows_shot < ROUND_ARROWS:
            continue
        badge = badge_for(sheet.bow, sheet.score)
        if badge is None:
            continue
        key = (sheet.archer, sheet.bow)
        if key not in best or BADGE_NAMES.index(badge) > BADGE_NAMES.index(best[key]):
            best[key] = badge
    claims = []
    for key in sorted(best):
        current = awarded.get(key)
        if current is None or BADGE_NAMES.index(best[key]) > BADGE_NAMES.index(current):
            claims.append((key[0], key[1], best[key]))
    return claims
