import pytest

from cuesheet.script import Segment, parse_script, seconds


def test_seconds():
    assert seconds("0:12") == 12
    assert seconds("2:05.5") == 125.5


def test_parse_script(segments):
    assert segments == [
        Segment(0, 12, "A", 5, "Opening comets"),
        Segment(10, 16, "B", 4, "Crossette fans"),
        Segment(20, 20, "C", 1, "Finale salute"),
    ]


def test_segment_ending_before_it_starts():
    with pytest.raises(ValueError, match="line 2"):
        parse_script("0:00 0:05 A 2 Comets\n0:30 0:20 B 3 Mines\n")
