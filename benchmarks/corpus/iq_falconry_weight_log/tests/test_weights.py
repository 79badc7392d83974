from datetime import date

from mews.weights import Weighing, days_to_flying_weight, weight_report


def test_report_for_the_week(week_log):
    report = weight_report(week_log)
    assert report["since_start"] == -52
    assert report["lightest"] == date(2024, 10, 13)
    assert len(report["per_day"]) == 6


def test_grams_per_day(week_log):
    assert weight_report(week_log[:4])["per_day"] == [-11.0, -9.0, -6.0]


def test_missed_day_spreads_the_change():
    log = [Weighing(date(2024, 10, 7), 742), Weighing(date(2024, 10, 9), 730)]
    assert weight_report(log)["per_day"] == [-6.0]


def test_second_weighing_of_the_day_wins():
    log = [Weighing(date(2024, 10, 7), 742), Weighing(date(2024, 10, 8), 735), Weighing(date(2024, 10, 8), 733)]
    assert weight_report(log)["since_start"] == -9


def test_empty_book():
    assert weight_report([]) == {"since_start": 0, "per_day": [], "lightest": None}


def test_already_in_band(hawk, week_log):
    assert days_to_flying_weight(hawk, week_log) == 0


def test_days_still_to_go(hawk, week_log):
    # 705 g on the fifth morning, losing about 9 g a day, 10 g above the band
    assert days_to_flying_weight(hawk, week_log[:5]) == 2


def test_single_weighing_gives_no_estimate(hawk, week_log):
    assert days_to_flying_weight(hawk, week_log[:1]) is None
