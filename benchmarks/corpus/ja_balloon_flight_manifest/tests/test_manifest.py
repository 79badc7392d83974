from balloons.fleet import FLEET, Pilot
from balloons.manifest import Flight, Passenger, plan_morning

MARGOT = Pilot("Margot", 80.0)
DEV = Pilot("Dev", 95.0)


def passenger(name, kg):
    return Passenger(name, kg, f"V-{name.upper()}")


def test_boarding_adds_to_the_load():
    flight = Flight(FLEET["G-BZPL"], MARGOT)
    assert flight.board(passenger("ann", 64.0))
    assert flight.load_kg() == 264.0
    assert flight.spare_kg() == 206.0


def test_too_heavy_is_refused():
    flight = Flight(FLEET["G-BZPL"], MARGOT)
    assert flight.board(passenger("ann", 120.0))
    assert flight.board(passenger("bo", 120.0))
    assert not flight.board(passenger("cy", 40.0))
    assert [p.name for p in flight.passengers] == ["ann", "bo"]


def test_load_right_on_the_limit_flies():
    flight = Flight(FLEET["G-BZPL"], MARGOT)
    for name in ("ann", "bo", "cy"):
        assert flight.board(passenger(name, 90.0))
    assert flight.spare_kg() == 0.0


def test_no_more_passengers_than_seats():
    flight = Flight(FLEET["G-BZPL"], MARGOT)
    for name in ("ann", "bo", "cy", "di"):
        assert flight.board(passenger(name, 55.0))
    assert not flight.board(passenger("eve", 25.0))
    assert len(flight.passengers) == 4


def test_plan_morning_fills_the_first_balloon_first():
    flights = [Flight(FLEET["G-CKRN"], DEV), Flight(FLEET["G-BZPL"], MARGOT)]
    people = [passenger(f"p{k}", 70.0 + k) for k in range(6)]
    assert plan_morning(flights, people) == []
    assert len(flights[0].passengers) == 6
    assert flights[1].passengers == []


def test_plan_morning_reports_who_is_left():
    flights = [Flight(FLEET["G-BZPL"], MARGOT)]
    people = [passenger("ann", 60.0), passenger("bo", 130.0), passenger("cy", 70.0), passenger("di", 75.0)]
    assert plan_morning(flights, people) == ["cy"]
