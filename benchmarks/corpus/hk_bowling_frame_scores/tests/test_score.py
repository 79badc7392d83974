import pytest

from bowling.score import frame_scores, game_score, is_complete
from bowling.sheet import SheetError, parse_rolls


def test_parse_rolls():
    assert parse_rolls("X 7/ 9- 81") == [10, 7, 3, 9, 0, 8, 1]
    with pytest.raises(SheetError):
        parse_rolls("X /")


def test_gutter_game():
    assert frame_scores([0] * 20) == [0] * 10


def test_perfect_game():
    assert game_score("X" * 12) == 300
    assert is_complete("X" * 12)


def test_open_frames():
    assert frame_scores(parse_rolls("81 72 -5")) == [9, 18, 23]


def test_league_sheet():
    sheet = "X 7/ 9- X -8 8/ -6 X X X81"
    assert frame_scores(parse_rolls(sheet)) == [20, 39, 48, 66, 74, 84, 90, 120, 148, 167]
    assert game_score(sheet) == 167


def test_frames_waiting_for_bonus():
    assert frame_scores(parse_rolls("9- X 5")) == [9]
    assert frame_scores(parse_rolls("9- 5/")) == [9]
    assert not is_complete("X 7/ 9- X -8 8/ -6 X X X8")
