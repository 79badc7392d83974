import pytest

from lasertag.players import Player


def test_no_shots_no_accuracy():
    assert Player("Viper", "red").accuracy() == 0.0


def test_accuracy():
    player = Player("Viper", "red")
    player.shots, player.hits = 8, 2
    assert player.accuracy() == 25.0


def test_accuracy_of_a_third():
    player = Player("Viper", "red")
    player.shots, player.hits = 30, 10
    assert player.accuracy() == pytest.approx(33.333, abs=0.001)


def test_score():
    player = Player("Viper", "red")
    player.hits, player.tagged, player.friendly_fire = 12, 5, 1
    assert player.score() == 1200 - 250 - 200
