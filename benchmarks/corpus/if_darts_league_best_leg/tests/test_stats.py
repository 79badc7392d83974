from darts.scoresheet import parse_sheet
from darts.stats import best_leg, highest_checkout, summary, three_dart_average

SHEET = """\
# Crown & Anchor v Red Lion, 4 March
Sue 18 501 W 40
Ann 18 412 L
Sue 21 380 L
Ann 21 501 W 96
Sue 15 501 W 121
Ann 15 300 L
"""
LEGS = parse_sheet(SHEET)


def test_three_dart_average():
    assert three_dart_average(LEGS, "Sue") == 76.78


def test_best_leg_is_the_fewest_darts():
    assert best_leg(LEGS, "Sue") == 15


def test_best_leg_with_a_single_win():
    assert best_leg(LEGS, "Ann") == 21


def test_player_without_legs():
    assert best_leg(LEGS, "Bob") is None
    assert three_dart_average(LEGS, "Bob") == 0.0


def test_highest_checkout():
    assert highest_checkout(LEGS, "Sue") == 121


def test_summary():
    assert summary(LEGS, "Ann") == {
        "played": 3,
        "won": 1,
        "average": 67.39,
        "best_leg": 21,
        "highest_checkout": 96,
    }
