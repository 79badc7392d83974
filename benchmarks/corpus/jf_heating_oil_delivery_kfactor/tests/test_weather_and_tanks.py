from datetime import date

import pytest

from oilround.tanks import estimate_k_factor
from oilround.weather import degree_days, parse_forecast


def test_degree_days():
    assert degree_days(40, 21) == 34.5
    assert degree_days(72, 60) == 0.0


def test_parse_forecast():
    assert parse_forecast("2025-01-06 38 19\n\n2025-01-07 41.5 30\n") == [
        (date(2025, 1, 6), 38.0, 19.0),
        (date(2025, 1, 7), 41.5, 30.0),
    ]
    with pytest.raises(ValueError):
        parse_forecast("2025-01-06 20 31")


def test_estimate_k_factor():
    assert estimate_k_factor([(700, 140), (1100, 200)]) == 5.29
    with pytest.raises(ValueError):
        estimate_k_factor([])
