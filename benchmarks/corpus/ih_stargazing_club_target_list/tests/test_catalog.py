import pytest

from stargaze.catalog import Target, parse_catalog


def test_parse_a_line():
    [target] = parse_catalog("M45 Pleiades | 3:47 | +24:07 | 1.6 | Cluster")
    assert target.name == "M45 Pleiades"
    assert target.ra_hours == pytest.approx(3 + 47 / 60)
    assert target.dec_degrees == pytest.approx(24 + 7 / 60)
    assert target.magnitude == 1.6
    assert target.kind == "cluster"


def test_southern_declination():
    [target] = parse_catalog("M42 Orion Nebula | 5:35 | -5:23 | 4.0 | nebula")
    assert target.dec_degrees == pytest.approx(-(5 + 23 / 60))


def test_comments_and_blank_lines_are_skipped():
    text = "# autumn list\n\nAlbireo | 19:31 | +27:58 | 3.1 | double\n"
    assert parse_catalog(text) == [Target("Albireo", 19 + 31 / 60, 27 + 58 / 60, 3.1, "double")]


def test_unknown_kind():
    with pytest.raises(ValueError, match="line 1"):
        parse_catalog("ISS | 0:00 | +0:00 | -3.0 | satellite")
