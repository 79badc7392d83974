import pytest

from scoring import play, score_end
from sheet import parse_end


def test_shot_stone_scores_one():
    end = parse_end("red 0.3 0.2\nyellow 1.0 0.0\nred 1.4 0.5")
    assert score_end(end) == ("red", 1)


def test_counts_every_stone_nearer_than_the_other_teams_best():
    end = parse_end("red 0.1 0.0\nred 0.0 -0.5\nyellow 0.9 0.1\nred 1.2 0.0")
    assert score_end(end) == ("red", 2)


def test_blank_end():
    end = parse_end("red 2.5 0.0\nyellow 0.0 3.0")
    assert score_end(end) == (None, 0)
    assert score_end([]) == (None, 0)


def test_guards_do_not_count():
    end = parse_end("yellow 0.4 0.2\nyellow 0.0 1.5\nyellow 0.2 3.4\nred 0.1 4.0")
    assert score_end(end) == ("yellow", 2)


def test_play_a_game():
    ends = [
        parse_end("red 0.2 0.1\nyellow 0.8 0.0"),
        parse_end("red 3.0 0.0"),
        parse_end("yellow 0.1 0.1\nyellow 0.3 0.0\nred 0.9 0.9"),
    ]
    result = play(("red", "yellow"), "yellow", ends)
    assert result["totals"] == {"red": 1, "yellow": 2}
    assert result["line"] == [("red", 1), (None, 0), ("yellow", 2)]
    assert result["hammer"] == "red"


def test_hammer_for_a_team_not_playing():
    with pytest.raises(ValueError):
        play(("red", "yellow"), "blue", [])
