"""The league table."""

from __future__ import annotations

from dataclasses import dataclass

from .results import Match

POINTS_FOR_WIN = 3
POINTS_FOR_DRAW = 1


@dataclass
class Row:
    team: str
    played: int = 0
    won: int = 0
    drawn: int = 0
    lost: int = 0
    goals_for: int = 0
    goals_against: int = 0

    @property
    def goal_difference(self) -> int:
        return self.goals_for - self.goals_against

    @property
    def points(self) -> int:
        return self.won * POINTS_FOR_WIN + self.drawn * POINTS_FOR_DRAW


def standings(matches: list[Match]) -> list[Row]:
    """One row per team, ordered by points, then goal difference, then goals scored
    (the higher the better), then by name."""
    rows: dict[str, Row] = {}
    for match in matches:
        home = rows.setdefault(match.home, Row(match.home))
        away = rows.setdefault(match.away, Row(match.away))
        home.played += 1
        away.played += 1
        home.goals_for += match.home_goals
        home.goals_against += match.away_goals
        away.goals_for += match.away_goals
        away.goals_against += match.home_goals
        if match.home_goals > match.away_goals:
            home.won += 1
            away.lost += 1
        elif match.home_goals < match.away_goals:
            away.won += 1
            home.lost += 1
        else:
            home.drawn += 1
            away.drawn += 1
    return sorted(rows.values(), key=lambda row: (-row.points, -row.goal_difference, -row.goals_for, row.team))


def format_table(rows: list[Row]) -> str:
    lines = [f"{'':3} {'Team':<16} {'P':>2} {'W':>2} {'D':>2} {'L':>2} {'GD':>4} {'Pts':>4}"]
    for position, row in enumerate(rows, start=1):
        lines.append(f"{position:>3} {row.team:<16} {row.played:>2} {row.won:>2} {row.drawn:>2} {row.lost:>2} "
                     f"{row.goal_difference:>+4} {row.points:>4}")
    return "\n".join(lines)
