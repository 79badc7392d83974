import pytest

from hedgematch.entries import Entry, read_card


def test_read_card():
    entry = read_card("7 | Tom Ashby | open | 18,17,16,17,19 | 352")
    assert entry == Entry(7, "Tom Ashby", "open", {"cutting": 18, "pleaching": 17, "staking": 16, "binding": 17, "finish": 19}, 352)
    assert entry.marks_awarded == 87
    assert entry.score == 87


def test_late_points_per_five_minutes_started():
    marks = "15,15,15,15,15"
    assert read_card(f"1|A|novice|{marks}|300").time_penalty == 0
    assert read_card(f"1|A|novice|{marks}|301").time_penalty == 1
    assert read_card(f"1|A|novice|{marks}|310").time_penalty == 2
    assert read_card(f"1|A|novice|{marks}|311").score == 72


def test_unknown_class():
    with pytest.raises(ValueError, match="veteran"):
        read_card("3|B|veteran|1,1,1,1,1|200")
