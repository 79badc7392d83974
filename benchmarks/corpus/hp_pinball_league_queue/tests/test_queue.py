import pytest

from pinball.queue import Entry, PlayQueue


def test_first_come_first_served():
    night = PlayQueue()
    night.join("Ana", "AFM")
    night.join("Ben", "MM")
    assert night.next_up() == Entry("Ana", "AFM")
    assert night.next_up() == Entry("Ben", "MM")
    assert night.next_up() is None


def test_recent_player_lets_others_go_first():
    night = PlayQueue(cooldown=1)
    night.join("Ana", "AFM")
    night.join("Ana", "TZ")
    night.join("Ben", "MM")
    assert [night.next_up().player for _ in range(3)] == ["Ana", "Ben", "Ana"]


def test_lone_player_keeps_playing():
    night = PlayQueue()
    night.join("Cleo", "TAF")
    night.join("Cleo", "TZ")
    assert night.next_up().machine == "TAF"
    assert night.next_up().machine == "TZ"
    assert night.games() == {"Cleo": 2}


def test_same_machine_twice_is_refused():
    night = PlayQueue()
    assert night.join("Ana", "AFM") == 1
    with pytest.raises(ValueError):
        night.join("Ana", "AFM")


def test_leave():
    night = PlayQueue()
    night.join("Ana", "AFM")
    night.join("Ben", "MM")
    night.join("Ana", "TZ")
    assert night.leave("Ana") == 2
    assert night.next_up() == Entry("Ben", "MM")
