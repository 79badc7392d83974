from ploughing.contracts import Driveway
from ploughing.route import plan_route, route_km

YARD = (0.0, 0.0)


def test_nothing_to_clear():
    assert plan_route(YARD, []) == []


def test_up_the_lane():
    drives = [Driveway("Top House", (0, 3), 5), Driveway("Lane End", (0, 1), 5), Driveway("Mid Cottage", (0, 2), 5)]
    assert plan_route(YARD, drives) == ["Lane End", "Mid Cottage", "Top House"]


def test_carries_on_from_the_last_driveway():
    drives = [
        Driveway("Beck Side", (2.0, 0.0), 5),
        Driveway("Moor Gate", (-2.5, 0.0), 5),
        Driveway("Beck Foot", (4.5, 0.0), 5),
    ]
    # From Beck Side, Beck Foot (2.5 km on) is nearer than Moor Gate (4.5 km back).
    assert plan_route(YARD, drives) == ["Beck Side", "Beck Foot", "Moor Gate"]


def test_route_km():
    drives = [Driveway("A", (3, 0), 5), Driveway("B", (3, 4), 5)]
    assert route_km(YARD, drives, ["A", "B"]) == 12.0
