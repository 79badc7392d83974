from __future__ import annotations

from lasertag.players import Player

SHARPSHOOTER_MIN_SHOTS = 20  # the award needs a fair number of shots behind it


class Game:
    def __init__(self) -> None:
        self.players: dict[str, Player] = {}

    def join(self, callsign: str, team: str) -> Player:
        if callsign in self.players:
            raise ValueError(f"{callsign} is already playing")
        player = self.players[callsign] = Player(callsign, team)
        return player

    def record(self, shooter: str, target: str | None = None) -> None:
        """A shot from the vests' log: a miss when there is no target."""
        player = self.players[shooter]
        player.shots += 1
        if target is None:
            return
        hit = self.players[target]
        if hit.team == player.team:
            player.friendly_fire += 1
        else:
            player.hits += 1
            hit.tagged += 1

    def scoreboard(self) -> list[str]:
        """One line per player for the printed scorecard, best score first."""
        ranked = sorted(self.players.values(), key=lambda p: (-p.score(), p.callsign))
        return [f"{p.callsign:<10} {p.team:<6} {p.score():>6} {p.accuracy():5.1f}%" for p in ranked]

    def team_totals(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for player in self.players.values():
            totals[player.team] = totals.get(player.team, 0) + player.score()
        return totals

    def sharpshooter(self) -> str | None:
        """Best accuracy among players with enough shots; more hits wins a tie, then callsign."""
        eligible = [p for p in self.players.values() if p.shots >= SHARPSHOOTER_MIN_SHOTS]
        if not eligible:
            return None
        return min(eligible, key=lambda p: (-p.accuracy(), -p.hits, p.callsign)).callsign
