from datetime import datetime

from evcharge.sessions import parse_session, peak_minutes, session_cost, statement
from evcharge.tariff import is_peak


def test_is_peak():
    assert is_peak(datetime(2024, 3, 4, 16, 0))
    assert not is_peak(datetime(2024, 3, 4, 20, 0))
    assert not is_peak(datetime(2024, 3, 9, 17, 0))  # Saturday


def test_peak_minutes():
    assert peak_minutes(parse_session("2024-03-04 15:30 | 2024-03-04 16:30 | 7.0")) == 30


def test_cost_at_peak(march_log):
    assert session_cost(march_log[0]) == 3.64


def test_overnight_is_off_peak(march_log):
    assert session_cost(march_log[1]) == 15.68


def test_statement(march_log):
    assert statement(march_log) == {"kwh": 63.0, "cost": 19.32, "peak_share": 0.111}
    assert statement([]) == {"kwh": 0.0, "cost": 0.0, "peak_share": 0.0}
