from datetime import date

import pytest

from fryers.log import Entry, read_log


def test_read_log():
    text = """
    2024-03-04  Left   fry     5.5
    2024-03-04  left   top-up
    """
    assert read_log(text) == [Entry(date(2024, 3, 4), "left", "fry", 5.5), Entry(date(2024, 3, 4), "left", "top-up")]


def test_hours_only_for_frying():
    with pytest.raises(ValueError):
        read_log("2024-03-04 left change 2")
    with pytest.raises(ValueError):
        read_log("2024-03-04 left fry")
