from radio.tracks import clock, parse_length


def test_parse_length():
    assert parse_length("3:45") == 225
    assert parse_length("0:07") == 7


def test_clock():
    assert clock(225) == "3:45"
    assert clock(3725) == "1:02:05"
