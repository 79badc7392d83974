from datetime import date, timedelta

import pytest

from hibernation.weights import Assessment, assess, fridge_report, monthly_rate

DOWN = date(2024, 11, 3)


def weekly(*grams):
    return [(DOWN + timedelta(weeks=i), g) for i, g in enumerate(grams)]


def test_monthly_rate():
    assert monthly_rate(1000, 990, 30) == pytest.approx(1.0)
    assert monthly_rate(1000, 995, 15) == pytest.approx(1.0)


def test_slow_steady_loss_is_fine():
    assert assess(weekly(800, 799, 798, 797, 796)) == Assessment(800, 796, 0.5, 0, "ok")


def test_one_fast_week_is_watched():
    result = assess(weekly(800, 799, 798, 792, 791))
    assert result.fast_weighings == 1
    assert result.advice == "watch"


def test_two_fast_weighings_running_means_wake():
    result = assess(weekly(800, 799, 798, 797, 796, 795, 794, 793, 792, 787, 782))
    assert result.fast_weighings == 2
    assert result.advice == "wake"


def test_lost_a_tenth():
    history = [(DOWN, 600), (DOWN + timedelta(days=150), 540)]
    assert assess(history).advice == "wake"


def test_reweigh_replaces_the_reading_and_order_does_not_matter():
    history = [(DOWN + timedelta(weeks=1), 790), (DOWN, 800), (DOWN + timedelta(weeks=1), 799)]
    assert assess(history) == Assessment(800, 799, 0.1, 0, "ok")


def test_fridge_report():
    log = """
    # winter 2024
    2024-11-03  Shelly  812g
    2024-11-03  Boris   1204g
    2024-11-10  Shelly  810g
    2024-11-10  Boris   1203g   # after a wee
    """
    assert fridge_report(log) == [
        "Boris: 1204g -> 1203g, lost 0.1%, ok",
        "Shelly: 812g -> 810g, lost 0.2%, watch",
    ]
