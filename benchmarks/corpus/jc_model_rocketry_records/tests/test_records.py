from datetime import date

from rocketry.flights import Flight
from rocketry.records import class_records, new_records, personal_bests

APRIL = date(2024, 4, 14)
MAY = date(2024, 5, 12)


def flight(flyer, rocket, motor, altitude, recovered=True, day=APRIL):
    return Flight(day, flyer, rocket, motor, altitude, recovered)


def test_highest_flight_holds_the_class_record():
    flights = [
        flight("Priya", "Skylark", "C6-5", 212),
        flight("Dan", "Estes Alpha", "C6-7", 240),
        flight("Gwen", "Dart", "D12-5", 330),
    ]
    assert class_records(flights) == {"C": (240, "Dan", "Estes Alpha"), "D": (330, "Gwen", "Dart")}


def test_tie_stays_with_the_first_flyer():
    flights = [
        flight("Dan", "Estes Alpha", "C6-7", 240, day=MAY),
        flight("Priya", "Skylark", "C6-5", 240, day=APRIL),
    ]
    assert class_records(flights) == {"C": (240, "Priya", "Skylark")}


def test_flights_without_altimeter_do_not_count():
    assert class_records([flight("Dan", "Big Bertha", "D12-5", None)]) == {}


def test_lost_rocket_does_not_set_a_record():
    flights = [
        flight("Priya", "Skylark II", "F15-4", 590),
        flight("Priya", "Skylark III", "F15-4", 640, recovered=False),
    ]
    assert class_records(flights) == {"F": (590, "Priya", "Skylark II")}


def test_personal_bests():
    flights = [
        flight("Priya", "Skylark", "C6-5", 212),
        flight("Priya", "Skylark II", "F15-4", 640, recovered=False),
        flight("Dan", "Big Bertha", "D12-5", None),
        flight("Dan", "Estes Alpha", "C6-7", 240),
    ]
    assert personal_bests(flights) == {"Priya": 212, "Dan": 240}


def test_new_records():
    previous = {"C": (240, "Dan", "Estes Alpha"), "D": (330, "Gwen", "Dart")}
    day = [flight("Priya", "Skylark", "C6-5", 231, day=MAY), flight("Gwen", "Dart", "D12-5", 345, day=MAY),
           flight("Dan", "Comet", "E9-6", 410, day=MAY)]
    assert new_records(previous, day) == ["D", "E"]
