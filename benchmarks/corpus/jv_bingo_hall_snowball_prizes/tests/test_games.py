import pytest

from bingohall.games import Game, read_sheet


def test_read_sheet():
    sheet = """
1, 84, 1, 2, 51
2, 84, 3, 1, 47
"""
    assert read_sheet(sheet) == [Game(84, 1, 2, 51), Game(84, 3, 1, 47)]


def test_game_missing_from_sheet():
    with pytest.raises(ValueError, match="game 3"):
        read_sheet("1, 84, 1, 1, 51\n3, 84, 1, 1, 60")


def test_house_called_too_early_is_a_typo():
    with pytest.raises(ValueError, match="call 5"):
        read_sheet("1, 84, 1, 1, 5")
