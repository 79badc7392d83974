from league.results import parse_results
from league.table import Row, format_table, standings


def test_leader(matches):
    top = standings(matches)[0]
    assert top == Row("Rovers", played=3, won=2, drawn=1, lost=0, goals_for=6, goals_against=3)
    assert top.points == 7


def test_away_team_goals(matches):
    city = next(row for row in standings(matches) if row.team == "City")
    assert (city.goals_for, city.goals_against) == (3, 3)


def test_goal_difference_breaks_a_tie():
    table = standings(parse_results("A 1-0 B\nC 4-0 D\nB 0-0 D"))
    assert [row.team for row in table] == ["C", "A", "B", "D"]


def test_format_table(matches):
    assert format_table(standings(matches)).splitlines()[1] == "  1 Rovers            3  2  1  0   +3    7"
