import pytest

from irrigation.plan import finish, litres, run_plan
from irrigation.zones import Zone, parse_zones

GARDEN = """\
# name  minutes
beds     12
lawn     20
fruit    8
herbs    6 off   # watered by hand
"""


def test_single_zone():
    assert run_plan([Zone("lawn", 20)], start=360) == [("lawn", 360, 380)]


def test_zones_run_in_turn_with_a_gap():
    plan = run_plan(parse_zones(GARDEN), start=360)
    assert plan == [("beds", 360, 372), ("lawn", 374, 394), ("fruit", 396, 404)]
    assert finish(plan) == 404


def test_disabled_zone_left_out():
    assert [name for name, _, _ in run_plan(parse_zones(GARDEN), start=360)] == ["beds", "lawn", "fruit"]


def test_seasonal_adjust():
    assert run_plan([Zone("beds", 12)], start=300, adjust=50) == [("beds", 300, 306)]


def test_light_rain_still_waters():
    assert run_plan([Zone("lawn", 20)], start=360, rain_mm=2.5) == [("lawn", 360, 380)]


def test_skipped_after_rain():
    assert run_plan(parse_zones(GARDEN), start=360, rain_mm=5) == []
    assert run_plan(parse_zones(GARDEN), start=360, rain_mm=11.2) == []


def test_litres():
    plan = run_plan([Zone("beds", 10)], start=0)
    assert litres(plan, {"beds": 7.5}) == pytest.approx(75)
