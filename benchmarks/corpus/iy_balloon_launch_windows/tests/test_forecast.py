from forecast import Hour, clock_minutes, parse_forecast


def test_parse_forecast_sorts_hours_and_skips_comments():
    text = "# site forecast\n06 4 7 0\n05 3 6 0.0\n\n07 5 9 0.4  # showers\n"
    assert parse_forecast(text) == [Hour(5, 3.0, 6.0, 0.0), Hour(6, 4.0, 7.0, 0.0), Hour(7, 5.0, 9.0, 0.4)]


def test_clock_minutes():
    assert clock_minutes("05:42") == 342
    assert clock_minutes("21:00") == 1260
