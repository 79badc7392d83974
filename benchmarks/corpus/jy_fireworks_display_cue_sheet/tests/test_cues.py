from cuesheet.cues import crew_lines, cue_sheet, shots_per_rack
from cuesheet.script import Segment


def test_single_shot_fires_on_the_start():
    assert cue_sheet([Segment(20, 20, "C", 1, "Finale salute")]) == [(20, "C", "C1")]
    assert cue_sheet([Segment(30, 34, "D", 1, "Maroon")]) == [(30, "D", "D1")]


def test_segment_of_no_shots():
    assert cue_sheet([Segment(5, 9, "A", 0, "Held back")]) == []


def test_cue_numbers_run_on_each_rack():
    sheet = cue_sheet([Segment(5, 9, "B", 2, "Mines"), Segment(0, 4, "A", 2, "Comets")])
    assert [cue for _time, _rack, cue in sheet] == ["A1", "A2", "B1", "B2"]


def test_shots_spread_over_the_whole_segment():
    sheet = cue_sheet([Segment(0, 12, "A", 5, "Opening comets")])
    assert [time for time, _rack, _cue in sheet] == [0, 3, 6, 9, 12]


def test_overlapping_segments_interleave(segments):
    assert [cue for _time, _rack, cue in cue_sheet(segments)] == ["A1", "A2", "A3", "A4", "B1", "A5", "B2", "B3", "B4", "C1"]


def test_shots_per_rack(segments):
    assert shots_per_rack(segments) == {"A": 5, "B": 4, "C": 1}


def test_crew_lines():
    assert crew_lines([(4.8, "A", "A3"), (75.25, "B", "B1")]) == ["0:04.80  A3", "1:15.25  B1"]
