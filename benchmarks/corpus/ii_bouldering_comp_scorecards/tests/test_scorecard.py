import pytest

from scorecard import Scorecard, Totals


def test_unknown_boulder(round_one):
    with pytest.raises(KeyError):
        round_one["Sam"].log("B9", "fall")


def test_unknown_outcome(round_one):
    with pytest.raises(ValueError):
        round_one["Sam"].log("B1", "slip")


def test_no_more_attempts_after_a_top(round_one):
    with pytest.raises(ValueError):
        round_one["Maya"].log("B1", "fall")


def test_only_falls(round_one):
    assert round_one["Sam"].totals() == Totals(0, 0, 0, 0)


def test_untouched_card():
    assert Scorecard("Noor", ["B1", "B2"]).totals() == Totals(0, 0, 0, 0)


def test_zones_without_tops(make_card):
    assert make_card("Ola", B1="fall zone", B2="zone").totals() == Totals(tops=0, zones=2, top_attempts=0, zone_attempts=3)


def test_zone_then_top(round_one):
    assert round_one["Maya"].totals() == Totals(tops=1, zones=2, top_attempts=2, zone_attempts=3)


def test_flash_scores_the_zone_too(make_card):
    assert make_card("Kai", B3="top").totals() == Totals(tops=1, zones=1, top_attempts=1, zone_attempts=1)


def test_week_one_totals(round_one):
    assert round_one["Jonas"].totals() == Totals(tops=2, zones=3, top_attempts=4, zone_attempts=4)
    assert round_one["Priya"].totals() == Totals(tops=1, zones=3, top_attempts=4, zone_attempts=5)


def test_flashes(round_one):
    assert round_one["Jonas"].flashes() == ["B1"]
    assert round_one["Priya"].flashes() == []
