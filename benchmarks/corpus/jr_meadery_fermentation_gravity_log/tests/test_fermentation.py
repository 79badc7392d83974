from datetime import date, timedelta

from fermentation import abv, feed_nutrients, finished_on, report

START = date(2024, 3, 2)


def log(*gravities):
    """One reading every other day from START."""
    return [(START + timedelta(days=2 * n), g) for n, g in enumerate(gravities)]


def test_abv():
    assert abv(1.110, 1.010) == 13.1
    assert abv(1.100, 0.998) == 13.4


def test_nutrients_until_the_sugar_break():
    assert feed_nutrients(1.120, 1.100)
    assert not feed_nutrients(1.120, 1.075)


def test_still_going():
    assert finished_on(log(1.112, 1.098, 1.071, 1.040, 1.020)) is None


def test_finished_after_three_steady_readings():
    readings = log(1.112, 1.060, 1.020, 1.002, 1.002, 1.002, 1.002)
    assert finished_on(readings) == START + timedelta(days=10)


def test_a_stall_that_picks_up_again_is_not_the_finish():
    # stuck at 1.080 for a few days, then a stir and more nutrient got it going
    readings = log(1.112, 1.080, 1.080, 1.050, 1.020, 1.020)
    assert finished_on(readings) is None


def test_report():
    assert report(log(1.112, 1.098)) == "OG 1.112 now 1.098 1.8% fermenting, feed"
    assert report(log(1.112, 1.000, 0.998, 0.998, 0.998)) == "OG 1.112 now 0.998 15.0% finished 10 Mar"
