"""Scoring ends and keeping the club's scoreboard for a league game."""

from __future__ import annotations

from sheet import Stone, distance_to_button, in_house


def score_end(stones: list[Stone]) -> tuple[str | None, int]:
    """(team, points) for one end. The team with the stone nearest the button scores
    one point for every stone of theirs in the house that is nearer than the other
    team's nearest stone. No stone in the house is a blank end: (None, 0)."""
    ranked = sorted(stones, key=distance_to_button)
    if not ranked or not in_house(ranked[0]):
        return None, 0
    winner = ranked[0].team
    points = 0
    for stone in ranked:
        if stone.team != winner:
            break
        points += 1
    return winner, points


def play(teams: tuple[str, str], hammer: str, ends: list[list[Stone]]) -> dict:
    """Totals, the line score and who has the hammer (last stone) for the next end.
    The team that scores gives up the hammer; after a blank end it stays where it was."""
    if hammer not in teams:
        raise ValueError(f"{hammer} is not playing")
    totals = {team: 0 for team in teams}
    line = []
    for stones in ends:
        team, points = score_end(stones)
        if team is not None and team not in totals:
            raise ValueError(f"stone from a team not playing: {team}")
        line.append((team, points))
        if team is not None:
            totals[team] += points
            hammer = teams[1] if team == teams[0] else teams[0]
    return {"totals": totals, "line": line, "hammer": hammer}
