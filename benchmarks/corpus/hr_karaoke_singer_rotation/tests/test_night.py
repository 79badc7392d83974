import pytest

from karaoke.night import NightError
from karaoke.songbook import search


def test_search(book):
    assert search(book, "queen") == ["1021", "4410"]
    assert book["1188"].seconds == 270


def test_first_come_first_served(night):
    night.sign_up("Maya", "2045")
    night.sign_up("Tom", "1021")
    singer, song = night.next_up()
    assert (singer, song.title) == ("Maya", "Mr. Brightside")
    assert night.next_up()[0] == "Tom"
    assert night.next_up() is None


def test_unknown_song(night):
    with pytest.raises(NightError):
        night.sign_up("Maya", "9999")


def test_rotation(night):
    night.sign_up("Maya", "2045")
    night.sign_up("Maya", "3302")
    night.sign_up("Tom", "1021")
    assert night.upcoming() == [("Maya", "Mr. Brightside"), ("Tom", "Dancing Queen"), ("Maya", "Valerie")]


def test_wait_seconds(night):
    night.sign_up("Maya", "2045")
    night.sign_up("Tom", "4410")
    night.sign_up("Maya", "1188")
    assert night.wait_seconds("Tom") == 223
    night.next_up()
    night.next_up()
    assert night.wait_seconds("Maya") == 0
    assert night.wait_seconds("Tom") is None


def test_leave(night):
    night.sign_up("Maya", "2045")
    night.sign_up("Tom", "1021")
    night.leave("Maya")
    assert night.upcoming() == [("Tom", "Dancing Queen")]
