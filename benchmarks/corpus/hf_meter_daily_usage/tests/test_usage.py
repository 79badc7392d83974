from datetime import date

from meter import Reading, daily_usage, parse_readings, peak_day, total_between


def test_daily_usage(readings):
    assert daily_usage(readings) == {date(2024, 3, 1): 6.5, date(2024, 3, 2): 14.5, date(2024, 3, 3): 3.5}


def test_order_of_readings_does_not_matter(readings):
    assert daily_usage(list(reversed(readings))) == daily_usage(readings)


def test_total_between(readings):
    assert total_between(readings, date(2024, 3, 2), date(2024, 3, 9)) == 18.0


def test_peak_day(readings):
    assert peak_day(readings) == date(2024, 3, 2)
    assert peak_day([]) is None


def test_meter_replaced():
    readings = parse_readings("2024-05-01T08:00,9120.0\n2024-05-01T20:00,9131.0\n"
                              "2024-05-02T08:00,4.0\n2024-05-02T20:00,12.5")
    assert daily_usage(readings) == {date(2024, 5, 1): 11.0, date(2024, 5, 2): 12.5}
