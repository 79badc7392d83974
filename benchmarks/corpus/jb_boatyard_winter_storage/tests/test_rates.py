import pytest

from boatyard.rates import Rates, load_rates


def test_defaults_when_the_file_is_empty():
    assert load_rates("") == Rates()


def test_override_some_rates():
    rates = load_rates("# winter 2024/25\nper_foot_month = 4.80\nlong_stay_months = 5  # was 6\n")
    assert rates.per_foot_month == 4.80
    assert rates.long_stay_months == 5
    assert rates.lift_out == 85.0


def test_unknown_rate():
    with pytest.raises(KeyError):
        load_rates("pressure_wash = 40")
