from dinghy.forecast import Hour, read_forecast
from dinghy.units import beaufort, mph_to_knots


def test_read_forecast():
    text = """
09:00 8 13 sw
10:00 10 16 wsw
"""
    assert read_forecast(text) == [Hour(9, 8, 13, "SW"), Hour(10, 10, 16, "WSW")]


def test_knots():
    assert round(mph_to_knots(20), 1) == 17.4


def test_beaufort():
    assert beaufort(0.5) == 0
    assert beaufort(11) == 4
    assert beaufort(16.9) == 4
    assert beaufort(65) == 12
