import pytest

from tennis.match import SetOver, SetTracker


def test_love_set():
    tracker = SetTracker()
    tracker.play("AAAA" * 6)
    assert tracker.winner == "A"
    assert tracker.score() == "6-0, set A"
    with pytest.raises(SetOver):
        tracker.point("B")


def test_score_mid_game():
    tracker = SetTracker()
    tracker.play("AAAA" + "BBBB" + "ABB")
    assert tracker.score() == "1-1, 15-30"
