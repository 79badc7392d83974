from runlog.activities import Run, parse_duration, parse_run
from runlog.pace import pace, summary


def test_parse_run():
    assert parse_run("2024-05-04 10.2km 52:30") == Run("2024-05-04", 10200, 3150)
    assert parse_duration("1:02:03") == 3723


def test_even_pace():
    assert pace(Run("2024-05-01", 5000, 25 * 60)) == "5:00/km"


def test_half_marathon_pace():
    assert pace(parse_run("2024-05-12 21.0975km 1:45:00")) == "4:59/km"


def test_weekly_summary():
    runs = [parse_run("2024-05-06 8km 44:00"), parse_run("2024-05-08 12km 1:06:00")]
    assert summary(runs) == {"runs": 2, "km": 20.0, "pace": "5:30/km"}
