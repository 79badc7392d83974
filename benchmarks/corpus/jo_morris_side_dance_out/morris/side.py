"""Putting a side out: who plays and who dances what at a dance-out."""

from __future__ import annotations

from datetime import date

from morris.members import Member

JIGS = {"Shepherd's Hey", "Princess Royal", "Nutting Girl"}  # danced solo
SET_SIZE = 6


class NotEnoughDancers(Exception):
    pass


class Side:
    def __init__(self, name: str, members: list[Member]):
        self.name = name
        self.members = list(members)

    def available(self, day: date) -> list[Member]:
        return [m for m in self.members if day not in m.away]

    def band(self, day: date) -> list[str]:
        """Everyone with an instrument who is out that day plays."""
        return sorted(m.name for m in self.available(day) if m.plays)

    def line_up(self, dance: str, day: date) -> list[str]:
        """The dancers for one dance: a set of six, or one for a jig, longest-serving
        first (then by name), from those out that day who know it. Whoever is in
        the band doesn't dance."""
        needed = 1 if dance in JIGS else SET_SIZE
        dancers = [m for m in self.available(day) if dance in m.dances]
        if len(dancers) < needed:
            raise NotEnoughDancers(f"{dance}: {len(dancers)} of {needed} out on {day}")
        dancers.sort(key=lambda m: (m.joined, m.name))
        return [m.name for m in dancers[:needed]]

    def programme(self, dances: list[str], day: date) -> dict[str, list[str] | None]:
        """The line-up for each dance on the list; None for the ones the side can't
        put out that day."""
        lineups: dict[str, list[str] | None] = {}
        for dance in dances:
            try:
                lineups[dance] = self.line_up(dance, day)
            except NotEnoughDancers:
                lineups[dance] = None
        return lineups
