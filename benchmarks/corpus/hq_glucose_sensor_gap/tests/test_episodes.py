import pytest

from cgm.episodes import low_episodes, minutes_low, report
from cgm.readings import parse_export

NIGHT = """\
time,glucose
2024-05-02 02:00,4.6
2024-05-02 02:05,4.1
2024-05-02 02:10,3.8
2024-05-02 02:15,3.5
2024-05-02 02:20,3.3
2024-05-02 02:25,3.6
2024-05-02 02:30,4.0
2024-05-02 02:35,4.4
"""

BRIEF_DIP = """\
time,glucose
2024-05-02 13:00,4.2
2024-05-02 13:05,3.8
2024-05-02 13:10,3.7
2024-05-02 13:15,4.3
"""

DROPOUT = """\
time,glucose
2024-05-03 01:00,3.7
2024-05-03 01:05,3.6
2024-05-03 01:10,3.6
2024-05-03 01:15,3.5
2024-05-03 02:40,3.8
2024-05-03 02:45,3.8
2024-05-03 02:50,4.5
"""


def test_one_night_episode():
    assert report(parse_export(NIGHT)) == ["02 May 02:10-02:25  lowest 3.3"]
    assert minutes_low(parse_export(NIGHT)) == 15


def test_brief_dip_is_not_an_episode():
    assert low_episodes(parse_export(BRIEF_DIP)) == []


def test_episode_open_at_the_end_of_the_export():
    readings = parse_export(NIGHT)[:6]
    assert [(first.at.minute, last.at.minute) for first, last, _ in low_episodes(readings)] == [(10, 25)]


def test_sensor_dropout_ends_the_episode():
    assert report(parse_export(DROPOUT)) == ["03 May 01:00-01:15  lowest 3.5"]


def test_rows_sorted_and_checked():
    readings = parse_export("time,glucose\n2024-05-02 02:05,5.0\n2024-05-02 02:00,5.5\n")
    assert [reading.mmol for reading in readings] == [5.5, 5.0]
    with pytest.raises(ValueError):
        parse_export("time,glucose\n2024-05-02 02:00,0.2\n")
