from datetime import date

import pytest

from dates.periods import (
    add_months,
    billing_periods,
    business_days_between,
    format_duration,
    leave_days,
    merge_periods,
    next_weekday,
    parse_duration,
)


def test_add_months_clips_to_month_end():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 11, 15), 3) == date(2024, 2, 15)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)


def test_billing_periods():
    assert billing_periods(date(2024, 1, 15), 2) == [
        (date(2024, 1, 15), date(2024, 2, 14)),
        (date(2024, 2, 15), date(2024, 3, 14)),
    ]


def test_business_days_in_a_week():
    # Monday 3 June to Sunday 9 June 2024
    assert business_days_between(date(2024, 6, 3), date(2024, 6, 9)) == 5


def test_business_days_skip_holidays():
    holidays = [date(2024, 12, 25), date(2024, 12, 26)]
    assert business_days_between(date(2024, 12, 23), date(2024, 12, 27), holidays) == 3


def test_leave_days_count_overlaps_once():
    requests = [(date(2024, 6, 3), date(2024, 6, 5)), (date(2024, 6, 5), date(2024, 6, 7))]
    assert leave_days(requests) == 5


def test_merge_periods():
    merged = merge_periods([(date(2024, 1, 5), date(2024, 1, 9)), (date(2024, 1, 1), date(2024, 1, 4))])
    assert merged == [(date(2024, 1, 1), date(2024, 1, 9))]


def test_next_weekday():
    assert next_weekday(date(2024, 6, 3), 0) == date(2024, 6, 10)
    assert next_weekday(date(2024, 6, 3), 4) == date(2024, 6, 7)


@pytest.mark.parametrize("text, seconds", [("1h 30m", 5400), ("45s", 45), ("2d", 172800), ("1H5M", 3900)])
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


def test_format_duration():
    assert format_duration(5400) == "1h 30m"
    assert format_duration(0) == "0s"
    assert format_duration(90061) == "1d 1h 1m 1s"
