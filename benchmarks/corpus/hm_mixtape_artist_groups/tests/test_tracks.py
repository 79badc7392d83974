import pytest

from mixtape.tracks import Track, duration, parse_track


def test_parse_track():
    assert parse_track("Robyn - Dancing On My Own (4:41)") == Track("Robyn", "Dancing On My Own", 281)


def test_title_with_a_dash():
    assert parse_track("Blur - Song 2 - Live (2:10)").title == "Song 2 - Live"


def test_not_a_track():
    with pytest.raises(ValueError):
        parse_track("Robyn - Dancing On My Own")


def test_duration():
    assert duration(59) == "0:59"
    assert duration(3725) == "1:02:05"
