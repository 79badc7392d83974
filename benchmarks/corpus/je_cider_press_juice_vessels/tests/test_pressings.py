import pytest

from pressings import Pressing, parse_day_sheet


def test_day_sheet(saturday):
    assert saturday[0] == Pressing("Hollis", "cider", 30.0)
    assert [p.owner for p in saturday] == ["Hollis", "Marsh", "Okafor", "Hollis"]


def test_litres_by_kind(saturday):
    assert [p.litres() for p in saturday] == [20, 11, 15, 4]


def test_unknown_apples():
    with pytest.raises(ValueError, match="russet"):
        parse_day_sheet("Marsh: russet, 12")
