"""The standings in one block of the club's handicap tournament."""

from __future__ import annotations

from collections import Counter

from results import Game


def block_standings(players: list[str], games: list[Game]) -> list[tuple[str, int, int, int]]:
    """(player, played, won, net points), ranked on games won, then net points, then
    name. Players yet to play are listed with noughts."""
    played: Counter[str] = Counter()
    won: Counter[str] = Counter()
    net: Counter[str] = Counter()
    for game in games:
        for name in (game.winner, game.loser):
            if name not in players:
                raise KeyError(f"{name} is not in this block")
        if game.winner == game.loser:
            raise ValueError(f"{game.winner} cannot play themselves")
        played[game.winner] += 1
        played[game.loser] += 1
        won[game.winner] += 1
        net[game.winner] += game.margin
        net[game.winner] -= game.margin
    rows = [(name, played[name], won[name], net[name]) for name in players]
    rows.sort(key=lambda row: (-row[2], -row[3], row[0]))
    return rows


def still_to_play(players: list[str], games: list[Game]) -> list[tuple[str, str]]:
    """The pairs in the block who have not met yet, in the order of the player list."""
    met = {frozenset((game.winner, game.loser)) for game in games}
    return [(a, b) for i, a in enumerate(players) for b in players[i + 1 :] if frozenset((a, b)) not in met]
