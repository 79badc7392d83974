import pytest

from minigolf.course import Course
from minigolf.scorecard import Scorecard


def test_front_nine(card):
    for hole, strokes in enumerate([2, 3, 1, 4, 5, 2, 3, 3, 2], start=1):
        card.record("Ellie", hole, strokes)
    assert card.total("Ellie") == 25
    assert card.to_par("Ellie") == 1


def test_full_round(card):
    for hole, par in enumerate(card.course.pars, start=1):
        card.record("Nan", hole, par)
    card.record("Nan", 18, 1)
    assert card.total("Nan") == 47
    assert card.to_par("Nan") == -2


def test_picked_up_ball_scores_seven(card):
    card.record("Tom", 1, 2)
    card.record("Tom", 2, 9)
    assert card.total("Tom") == 9


def test_closed_hole_does_not_count():
    course = Course("Prom", [2, 3, 3, 2], closed={2})
    card = Scorecard(course, ["Nan"])
    for hole in (1, 2, 3):
        card.record("Nan", hole, 3)
    assert card.total("Nan") == 6


def test_no_such_hole(card):
    with pytest.raises(ValueError):
        card.record("Tom", 19, 3)


def test_leaderboard(card):
    card.record("Nan", 1, 3)
    card.record("Ellie", 1, 2)
    card.record("Tom", 1, 2)
    assert card.leaderboard() == [("Ellie", 2), ("Tom", 2), ("Nan", 3)]
