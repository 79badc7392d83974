from games import parse_night
from ladder import Row, head_to_head, standings


def test_decisive_games_only():
    games = parse_night("Alice - Bob 1-0\nBob - Carol 1-0\nAlice - Carol 1-0\n")
    assert [(row.player, row.points) for row in standings(games)] == [("Alice", 2), ("Bob", 1), ("Carol", 0)]


def test_player_who_lost_everything_is_still_listed(club_night):
    bob = next(row for row in standings(club_night) if row.player == "Bob")
    assert bob == Row("Bob", 3, 0, 0, 3, 0)


def test_a_draw_is_half_a_point_each():
    games = parse_night("Carol - Dan 1/2-1/2")
    assert standings(games) == [Row("Carol", 1, 0, 1, 0, 0.5), Row("Dan", 1, 0, 1, 0, 0.5)]


def test_more_wins_breaks_a_tie():
    games = parse_night(
        """
        Zoe - Yan 1-0
        Zoe - Xav 0-1
        Ann - Yan 1/2-1/2
        Ann - Xav 1/2-1/2
        """
    )
    assert [row.player for row in standings(games)] == ["Xav", "Zoe", "Ann", "Yan"]


def test_club_ladder(club_night):
    assert [row.player for row in standings(club_night)] == ["Finn", "Carol", "Alice", "Erin", "Dan", "Bob"]


def test_head_to_head(club_night):
    assert head_to_head(club_night, "Carol", "Erin") == (0.5, 0.5)
    assert head_to_head(club_night, "Finn", "Alice") == (1, 0)
    assert head_to_head(club_night, "Bob", "Finn") == (0, 0)
