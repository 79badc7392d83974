from datetime import date

import pytest

from hibernation.log import read_log


def test_read_log():
    text = """
    2024-11-03  Shelly  812g   # into the fridge
    2024-11-03  Boris   1204g

    2024-11-10  Shelly  809g
    """
    assert read_log(text) == {
        "Shelly": [(date(2024, 11, 3), 812), (date(2024, 11, 10), 809)],
        "Boris": [(date(2024, 11, 3), 1204)],
    }


def test_missing_units():
    with pytest.raises(ValueError, match="line 1"):
        read_log("2024-11-03 Shelly 812")


def test_zero_weight():
    with pytest.raises(ValueError):
        read_log("2024-11-03 Shelly 0g")
