"""The draw of a single-elimination tournament."""

from __future__ import annotations

from bracket.players import Player

BYE = "(bye)"


def first_round(players: list[Player]) -> list[tuple[str, str]]:
    """The opening matches. Players are seeded by rating, highest first (equal
    ratings by name); the draw is filled up to the next power of two with byes, and
    seed k meets seed size + 1 - k, so the byes go to the top seeds."""
    seeded = sorted(players, key=lambda p: (-p.rating, p.name))
    size = 1
    while size < len(seeded):
        size *= 2
    matches = []
    for i in range(size // 2):
        j = size - 1 - i
        opponent = seeded[j].name if j < len(seeded) else BYE
        matches.append((seeded[i].name, opponent))
    return matches


def byes(players: list[Player]) -> list[str]:
    return [home for home, away in first_round(players) if away == BYE]
