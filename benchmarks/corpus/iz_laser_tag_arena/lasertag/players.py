from __future__ import annotations

HIT_POINTS = 100
TAGGED_PENALTY = 50
FRIENDLY_FIRE_PENALTY = 200


class Player:
    def __init__(self, callsign: str, team: str):
        self.callsign = callsign
        self.team = team
        self.shots = 0
        self.hits = 0
        self.tagged = 0
        self.friendly_fire = 0

    def accuracy(self) -> float:
        """Percentage of shots that hit an opponent, 0.0 before the first shot.
        (The printed scorecard shows it to one decimal place.)"""
        if self.shots == 0:
            return 0.0
        return round(100 * self.hits / self.shots)

    def score(self) -> int:
        return self.hits * HIT_POINTS - self.tagged * TAGGED_PENALTY - self.friendly_fire * FRIENDLY_FIRE_PENALTY
