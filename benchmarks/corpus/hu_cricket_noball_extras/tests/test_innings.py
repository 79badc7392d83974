import pytest

from scorebook.innings import Innings, InningsClosed


def bowl_over(innings, runs):
    for r in runs:
        innings.record(r)


def test_a_clean_over():
    innings = Innings("Hightown CC")
    bowl_over(innings, [1, 0, 4, 0, 2, 1])
    assert innings.summary() == "Hightown CC 8/0 (1.0 ov)"


def test_wide_is_bowled_again():
    innings = Innings("Hightown CC")
    innings.record(0, "wide")
    innings.record(1)
    assert (innings.runs, innings.extras, innings.overs()) == (2, 1, "0.1")


def test_no_ball():
    innings = Innings("Hightown CC")
    innings.record(1)
    innings.record(4, "noball")
    innings.record(0)
    assert innings.runs == 6
    assert innings.extras == 1
    assert innings.overs() == "0.2"


def test_byes_are_extras_but_legal_balls():
    innings = Innings("Hightown CC")
    innings.record(2, "legbye")
    assert (innings.runs, innings.extras, innings.overs()) == (2, 2, "0.1")


def test_innings_closes_after_last_over():
    innings = Innings("Hightown CC", max_overs=1)
    bowl_over(innings, [0] * 6)
    assert innings.finished()
    with pytest.raises(InningsClosed):
        innings.record(1)
