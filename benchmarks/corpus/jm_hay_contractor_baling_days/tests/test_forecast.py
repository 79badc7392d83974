from datetime import date

import pytest

from haymaking.forecast import read_forecast


def test_read_forecast():
    assert read_forecast("2024-06-10 0.4mm\n2024-06-11 3mm\n") == [(date(2024, 6, 10), 0.4), (date(2024, 6, 11), 3.0)]


def test_missing_day():
    with pytest.raises(ValueError, match="skips"):
        read_forecast("2024-06-10 0mm\n2024-06-12 0mm")
