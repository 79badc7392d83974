import pytest

from tennis.rules import call_game, call_tiebreak, race_winner


def test_calls_early_in_game():
    assert call_game(0, 0) == "0-0"
    assert call_game(2, 1) == "30-15"
    assert call_game(0, 3) == "0-40"
    assert call_game(4, 1) == "game A"


def test_deuce_and_advantage():
    assert call_game(3, 3) == "deuce"
    assert call_game(4, 3) == "advantage A"
    assert call_game(4, 4) == "deuce"
    assert call_game(4, 6) == "game B"


def test_tiebreak_goes_on_past_seven():
    assert call_tiebreak(6, 6) == "6-6"
    assert call_tiebreak(7, 6) == "7-6"
    assert call_tiebreak(9, 7) == "set A"


def test_negative_scores_rejected():
    with pytest.raises(ValueError):
        race_winner(-1, 2, 4)
