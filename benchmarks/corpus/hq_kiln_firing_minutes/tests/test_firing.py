import pytest

from kiln.firing import finish_clock, firing_minutes, peak
from kiln.schedule import Segment, parse_schedule

BISQUE = """\
80/h to 600
200/h to 1000 hold 10
"""

GLAZE_WITH_COOLING = """\
150/h to 600
full to 1220 hold 15
150/h to 1100 hold 30
"""


def test_single_ramp():
    assert firing_minutes([Segment(100, 620)]) == 360


def test_hold_counts():
    assert firing_minutes([Segment(300, 320, hold=20)], room=20) == 80


def test_bisque():
    assert firing_minutes(parse_schedule(BISQUE)) == pytest.approx(435 + 120 + 10)


def test_controlled_cooling():
    segments = parse_schedule(GLAZE_WITH_COOLING)
    assert peak(segments) == 1220
    assert firing_minutes(segments) == pytest.approx(232 + 62 + 15 + 48 + 30)


def test_finish_clock():
    assert finish_clock("22:30", [Segment(100, 620)]) == "04:30 +1"


def test_bad_segment():
    with pytest.raises(ValueError):
        parse_schedule("fast to 1000")
