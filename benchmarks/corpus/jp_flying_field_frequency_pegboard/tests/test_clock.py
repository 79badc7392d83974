import pytest

from fieldbox.clock import to_minutes, to_text


def test_round_trip():
    assert to_minutes("09:05") == 545
    assert to_text(545) == "09:05"


@pytest.mark.parametrize("text", ["9", "9:5", "24:00", "12:60"])
def test_bad_times(text):
    with pytest.raises(ValueError):
        to_minutes(text)
