import pytest

from subtitles.srt import Cue, parse_srt, write_srt
from subtitles.timecode import format_timecode, parse_timecode


def test_parse_timecode():
    assert parse_timecode("01:02:03,004") == 3723004


def test_bad_timecode():
    with pytest.raises(ValueError):
        parse_timecode("00:61:00,000")


def test_format_timecode():
    assert format_timecode(3723004) == "01:02:03,004"


def test_parse_srt(cues):
    assert len(cues) == 4
    assert cues[1] == Cue(2, 3240, 5000, "Out.")
    assert cues[2].text == "Out where? With whom,\nand until what time exactly?"


def test_round_trip(cues):
    assert parse_srt(write_srt(cues)) == cues
