from judging.cards import Card
from judging.scores import ranking, team_score


def test_single_judge():
    card = Card("Ines", "Owls", {"idea": 8, "build": 6, "demo": 9})
    assert team_score([card]) == 7.2


def test_mean_of_judges(cards):
    owls = [card for card in cards if card.team == "Owls"]
    assert team_score(owls) == 7.25


def test_conflicted_judge_left_out(cards):
    bytes_ = [card for card in cards if card.team == "Bytes"]
    assert team_score(bytes_) == 7.7


def test_no_card_counts(cards):
    assert team_score([card for card in cards if card.team == "Kites"]) is None
    assert team_score([]) is None


def test_ranking(cards):
    assert ranking(cards) == [("Bytes", 7.7), ("Owls", 7.25), ("Kites", None)]
