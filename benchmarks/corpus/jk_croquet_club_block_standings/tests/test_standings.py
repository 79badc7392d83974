import pytest

from results import Game
from standings import block_standings, still_to_play


def test_wins_come_first(block_a, first_week):
    assert [name for name, *_ in block_standings(block_a, first_week)] == ["Margaret", "Alison", "Hugh", "Derek"]


def test_played_and_won(block_a, first_week):
    rows = {name: (played, won) for name, played, won, _net in block_standings(block_a, first_week)}
    assert rows == {"Margaret": (1, 1), "Alison": (1, 1), "Hugh": (2, 1), "Derek": (2, 0)}


def test_net_points(block_a, first_week):
    rows = {name: net for name, _played, _won, net in block_standings(block_a, first_week)}
    assert rows == {"Margaret": 17, "Alison": 4, "Hugh": -8, "Derek": -13}


def test_not_in_block(block_a):
    with pytest.raises(KeyError):
        block_standings(block_a, [Game("Margaret", "Rupert", 5)])


def test_still_to_play(block_a, first_week):
    assert still_to_play(block_a, first_week) == [("Margaret", "Alison"), ("Margaret", "Derek"), ("Hugh", "Alison")]
