from ballots.count import first_choices, instant_runoff
from ballots.reading import read_ballots

BALLOTS = """\
Ada > Grace
Ada
Grace > Ada > Linus

Linus > Grace
Linus > Grace
 > 
Ada > Linus
Grace
Grace > Linus
"""


def test_read_ballots():
    ballots = read_ballots(BALLOTS)
    assert len(ballots) == 8
    assert ballots[2] == ("Grace", "Ada", "Linus")


def test_first_choices():
    assert first_choices(read_ballots(BALLOTS), {"Ada", "Linus"}) == {"Ada": 4, "Linus": 3}


def test_majority_in_first_round():
    winner, rounds = instant_runoff([("A",), ("A", "B"), ("B",), ("A", "C"), ("C", "B")])
    assert winner == "A"
    assert rounds == [{"A": 3, "B": 1, "C": 1}]


def test_votes_transfer():
    winner, rounds = instant_runoff(read_ballots(BALLOTS))
    assert winner == "Grace"
    assert rounds == [{"Ada": 3, "Grace": 3, "Linus": 2}, {"Ada": 3, "Grace": 5}]


def test_exhausted_ballots_drop_out():
    ballots = [("A",)] * 4 + [("B",)] * 3 + [("C",)] * 2
    winner, rounds = instant_runoff(ballots)
    assert winner == "A"
    assert len(rounds) == 2


def test_tie_has_no_winner():
    winner, rounds = instant_runoff([("A", "B"), ("B", "A"), ("A",), ("B",)])
    assert winner is None
    assert rounds == [{"A": 2, "B": 2}]


def test_candidate_without_votes():
    winner, rounds = instant_runoff([("A",), ("B",), ("A",)], candidates=["A", "B", "C"])
    assert winner == "A"
    assert rounds[0]["C"] == 0
