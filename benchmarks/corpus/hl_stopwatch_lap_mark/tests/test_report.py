from stopwatch.report import format_time, summary


def test_format_time():
    assert format_time(61.2) == "1:01.20"
    assert format_time(3725.5) == "1:02:05.50"


def test_summary():
    assert summary([62.0, 59.5, 60.25]) == {"laps": "3", "best": "0:59.50", "worst": "1:02.00", "average": "1:00.58"}
    assert summary([]) is None
