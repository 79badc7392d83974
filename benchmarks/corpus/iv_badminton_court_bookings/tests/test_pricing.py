from datetime import date

from pricing import hourly_rate, is_peak

TUESDAY = date(2024, 10, 8)
SUNDAY = date(2024, 10, 13)


def test_weekday_daytime_is_off_peak():
    assert not is_peak(TUESDAY, 10)
    assert hourly_rate(TUESDAY, 10) == 9.50


def test_weekday_evening_is_peak():
    assert is_peak(TUESDAY, 17)
    assert hourly_rate(TUESDAY, 20) == 14.00


def test_weekend_is_peak_all_day():
    assert hourly_rate(SUNDAY, 9) == 14.00


def test_member_discount():
    assert hourly_rate(TUESDAY, 10, member=True) == 7.60
