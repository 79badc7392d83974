from datetime import date

import pytest

from fuellog.records import Fill, parse_fill, parse_log


def test_parse_fill():
    assert parse_fill("2024-05-01, 52000, 41.3") == Fill(date(2024, 5, 1), 52000, 41.3, True)
    assert not parse_fill("2024-05-01, 52000, 10, partial").full


def test_odometer_must_not_go_back():
    with pytest.raises(ValueError):
        parse_log("2024-05-01, 52000, 41.3\n2024-05-03, 51000, 20\n")
