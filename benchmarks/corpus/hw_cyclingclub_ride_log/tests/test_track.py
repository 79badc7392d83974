import datetime

import pytest

from ridelog.track import Fix, distance_km, parse_track


def test_parse_track(saturday):
    assert len(saturday) == 7
    assert saturday[0] == Fix(datetime.datetime(2024, 5, 4, 8, 0), 51.45, -2.59)


def test_bad_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_track("2024-05-04T08:00:00 51.45 -2.59\n2024-05-04T08:10:00 51.47\n")


def test_distance_along_a_meridian():
    a = Fix(datetime.datetime(2024, 5, 4), 51.0, -2.0)
    b = Fix(datetime.datetime(2024, 5, 4), 52.0, -2.0)
    assert distance_km(a, b) == pytest.approx(111.19, abs=0.01)
