from datetime import datetime

import pytest

from rates import is_peak, session_charge


def test_peak_times():
    assert not is_peak(datetime(2024, 3, 13, 16, 59))
    assert is_peak(datetime(2024, 3, 13, 17, 0))
    assert is_peak(datetime(2024, 3, 16, 10, 0))  # Saturday


def test_an_hour_off_peak_and_at_peak():
    assert session_charge("snooker", datetime(2024, 3, 13, 14, 0), datetime(2024, 3, 13, 15, 0)) == 600
    assert session_charge("snooker", datetime(2024, 3, 13, 19, 0), datetime(2024, 3, 13, 20, 0)) == 900


def test_started_quarter_hour_is_charged():
    assert session_charge("pool", datetime(2024, 3, 13, 14, 0), datetime(2024, 3, 13, 15, 1)) == 500


def test_member_discount():
    assert session_charge("snooker", datetime(2024, 3, 16, 11, 0), datetime(2024, 3, 16, 13, 0), member=True) == 1350


def test_end_before_start():
    with pytest.raises(ValueError):
        session_charge("pool", datetime(2024, 3, 13, 15, 0), datetime(2024, 3, 13, 14, 0))
