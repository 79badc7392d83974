from datetime import date

import pytest

from morris.side import NotEnoughDancers

MAY_DAY = date(2024, 5, 4)


def test_band(side):
    assert side.band(MAY_DAY) == ["Alice Marsh", "Pete Orme"]
    assert side.band(date(2024, 7, 13)) == ["Alice Marsh"]


def test_set_of_six_longest_serving_first(side):
    assert side.line_up("Bean Setting", MAY_DAY) == [
        "Tom Hale", "Raj Patel", "Sue Dunn", "Jo Kent", "Mark Bell", "Ann Lowe",
    ]


def test_members_away_do_not_dance(side):
    assert "Raj Patel" not in side.line_up("Bean Setting", date(2024, 8, 10))


def test_jig_is_danced_solo(side):
    assert side.line_up("Shepherd's Hey", MAY_DAY) == ["Tom Hale"]


def test_not_enough_dancers_out(side):
    with pytest.raises(NotEnoughDancers):
        side.line_up("Bean Setting", date(2024, 6, 1))


def test_dance_nobody_knows(side):
    with pytest.raises(NotEnoughDancers):
        side.line_up("Rigs o' Marlow", MAY_DAY)


def test_programme(side):
    day = date(2024, 6, 1)
    assert side.programme(["Shepherd's Hey", "Constant Billy"], day) == {
        "Shepherd's Hey": ["Tom Hale"],
        "Constant Billy": None,
    }
