import pytest

from shoot import Shoot

STRAIGHT = "XXXXX / XXXXX / XXXXX / XXXXX / XXXXX"


@pytest.fixture
def sunday():
    shoot = Shoot("Sunday sporting")
    for name, category in [("Pat Hollis", "A"), ("Kev Marsh", "A"), ("Jo Tindall", "A"), ("Ray Good", "B")]:
        shoot.register(name, category)
    shoot.mark("Pat Hollis", "XXXXX / XXXX0 / XXXXX / XXXXX / XX0XX")
    shoot.mark("Kev Marsh", "XX0XX / XXXXX / XXXXX / XXXXX / XXXXX")
    shoot.mark("Jo Tindall", "XXXXX / XXXXX / XXXXX / XXXXX / XXXXX")
    shoot.mark("Ray Good", "X0X0X / XXXXX / 0XXXX / XXX0X / XXXXX")
    return shoot


def test_class_results_most_kills_first(sunday):
    assert sunday.class_results("A")[0] == (1, "Jo Tindall", 25)
    assert sunday.class_results("B") == [(1, "Ray Good", 21)]


def test_equal_scores_go_on_countback(sunday):
    sunday.cards["Jo Tindall"].shots[3] = False
    sunday.cards["Jo Tindall"].shots[24] = False
    assert sunday.class_results("A") == [(1, "Kev Marsh", 24), (2, "Pat Hollis", 23), (3, "Jo Tindall", 23)]


def test_half_a_round_is_not_placed(sunday):
    sunday.register("Sam Oakes", "A")
    sunday.mark("Sam Oakes", "XXXXX / XXXXX")
    assert [name for _, name, _ in sunday.class_results("A")] == ["Jo Tindall", "Kev Marsh", "Pat Hollis"]


def test_too_many_targets(sunday):
    with pytest.raises(ValueError):
        sunday.mark("Ray Good", "X")


def test_high_gun(sunday):
    assert sunday.high_gun() == "Jo Tindall"


def test_unknown_class():
    with pytest.raises(ValueError):
        Shoot("Sunday").register("Pat Hollis", "D")
