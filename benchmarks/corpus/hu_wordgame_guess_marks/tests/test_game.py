import pytest

from wordgame.game import Game, GameOver


def test_win(game):
    assert game.guess("crane") == "...YY"
    assert game.guess("lemon") == "GGGGG"
    assert game.won() and game.over()


def test_unknown_word(game):
    with pytest.raises(ValueError):
        game.guess("zzzzz")


def test_six_guesses_at_most(game):
    for _ in range(6):
        game.guess("crane")
    assert game.over() and not game.won()
    with pytest.raises(GameOver):
        game.guess("lemon")


def test_ruled_out(game):
    game.guess("crane")
    assert game.ruled_out() == {"c", "r", "a"}
