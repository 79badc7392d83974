from bracket.draw import BYE, byes, first_round
from bracket.players import Player, read_entries

ENTRIES = """
Ivo, 1850, Riverside
Mara, 2010, Riverside
Jon, 1720
Sade, 1935, Old Town
"""


def test_read_entries():
    players = read_entries(ENTRIES)
    assert players[0] == Player("Ivo", 1850, "Riverside")
    assert players[2].club == ""


def test_no_players_no_matches():
    assert first_round([]) == []


def test_four_players():
    assert first_round(read_entries(ENTRIES)) == [("Mara", "Jon"), ("Sade", "Ivo")]


def test_top_seeds_get_the_byes():
    players = read_entries(ENTRIES) + [Player("Lu", 1600), Player("Ola", 1790)]
    assert byes(players) == ["Mara", "Sade"]
    assert first_round(players)[2:] == [("Ivo", "Lu"), ("Ola", "Jon")]
