from subtitles.lint import shift, too_close, too_fast
from subtitles.srt import Cue


def test_too_close(cues):
    assert (1, 2, 40) in too_close(cues)


def test_overlapping_cues(cues):
    assert too_close(cues) == [(1, 2, 40), (2, 3, -500)]


def test_well_spaced():
    cues = [Cue(1, 0, 1000, "a"), Cue(2, 1200, 2000, "b")]
    assert too_close(cues) == []


def test_too_fast(cues):
    assert too_fast(cues) == [3]


def test_shift_stops_at_zero():
    assert shift([Cue(1, 500, 1500, "a")], -800) == [Cue(1, 0, 700, "a")]
