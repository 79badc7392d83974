"""Scorecards for the Thursday-night bouldering league at the wall.

A judge at each boulder logs every attempt as "fall", "zone" (held the zone hold,
then came off) or "top" (held the top hold with both hands)."""

from __future__ import annotations

from dataclasses import dataclass

OUTCOMES = ("fall", "zone", "top")


@dataclass(frozen=True, order=True)
class Totals:
    tops: int
    zones: int
    top_attempts: int
    zone_attempts: int


class Scorecard:
    def __init__(self, climber: str, boulders: list[str]) -> None:
        self.climber = climber
        self.attempts: dict[str, list[str]] = {boulder: [] for boulder in boulders}

    def log(self, boulder: str, outcome: str) -> None:
        if boulder not in self.attempts:
            raise KeyError(f"no boulder {boulder!r} in this round")
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        if "top" in self.attempts[boulder]:
            raise ValueError(f"{self.climber} has already topped {boulder}")
        self.attempts[boulder].append(outcome)

    def totals(self) -> Totals:
        """Tops, zones, and the attempts they took, as the ranking counts them. A top
        also scores the zone, even if the climber went past the zone hold without
        holding it. The attempts of a boulder are those up to and including the first
        zone (or top), and up to and including the top."""
        tops = zones = top_attempts = zone_attempts = 0
        for outcomes in self.attempts.values():
            for attempt, outcome in enumerate(outcomes, start=1):
                if outcome in ("zone", "top"):
                    zones += 1
                    zone_attempts += attempt
                    break
            if "top" in outcomes:
                tops += 1
                top_attempts += outcomes.index("top") + 1
        return Totals(tops, zones, top_attempts, zone_attempts)

    def flashes(self) -> list[str]:
        """Boulders topped on the first attempt."""
        return [boulder for boulder, outcomes in self.attempts.items() if outcomes[:1] == ["top"]]
