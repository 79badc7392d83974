import pytest

from games import Game, parse_game


def test_parse_a_win_for_white():
    assert parse_game("Alice Smith - Bob Jones 1-0") == Game("Alice Smith", "Bob Jones", "1-0")


def test_parse_a_draw_with_the_half_sign():
    assert parse_game("Carol - Dan ½-½").result == "1/2-1/2"


@pytest.mark.parametrize("line", ["Alice - Bob 2-0", "Alice Bob 1-0", " - Bob 0-1"])
def test_bad_lines(line):
    with pytest.raises(ValueError):
        parse_game(line)


def test_night_skips_comments(club_night):
    assert len(club_night) == 8
    assert club_night[0] == Game("Alice", "Bob", "1-0")
