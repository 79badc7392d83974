import pytest

from lasertag.game import Game


def play(game, shooter, hits, misses, target):
    for _ in range(hits):
        game.record(shooter, target)
    for _ in range(misses):
        game.record(shooter)


@pytest.fixture
def game():
    game = Game()
    game.join("Viper", "red")
    game.join("Blaze", "red")
    game.join("Ghost", "blue")
    game.join("Nova", "blue")
    return game


def test_join_twice(game):
    with pytest.raises(ValueError):
        game.join("Viper", "blue")


def test_hits_and_tags(game):
    play(game, "Viper", 3, 1, "Ghost")
    assert game.players["Viper"].hits == 3
    assert game.players["Ghost"].tagged == 3


def test_friendly_fire(game):
    game.record("Viper", "Blaze")
    viper = game.players["Viper"]
    assert viper.hits == 0 and viper.friendly_fire == 1
    assert game.players["Blaze"].tagged == 0
    assert viper.score() == -200


def test_scoreboard(game):
    play(game, "Viper", 2, 1, "Ghost")
    play(game, "Nova", 1, 3, "Blaze")
    assert game.scoreboard() == [
        "Viper      red       200  66.7%",
        "Nova       blue      100  25.0%",
        "Blaze      red       -50   0.0%",
        "Ghost      blue     -100   0.0%",
    ]


def test_team_totals(game):
    play(game, "Viper", 2, 1, "Ghost")
    play(game, "Nova", 1, 3, "Blaze")
    assert game.team_totals() == {"red": 150, "blue": 0}


def test_sharpshooter_needs_twenty_shots(game):
    play(game, "Viper", 5, 0, "Ghost")
    play(game, "Nova", 10, 12, "Blaze")
    assert game.sharpshooter() == "Nova"


def test_sharpshooter_goes_to_the_better_aim(game):
    play(game, "Viper", 13, 7, "Ghost")
    play(game, "Nova", 20, 11, "Blaze")
    assert game.sharpshooter() == "Viper"


def test_no_sharpshooter_in_a_short_game(game):
    play(game, "Viper", 3, 3, "Ghost")
    assert game.sharpshooter() is None
