from datetime import datetime, timedelta

from droneops.flights import Flight
from droneops.maintenance import airtime, due_for_service

START = datetime(2024, 5, 1, 8, 0)


def flight(drone, minutes, km=0.0):
    return Flight(drone, "Ana", START, START + timedelta(minutes=minutes), km)


def test_airtime():
    assert airtime([flight("M3-02", 25), flight("A2-11", 30), flight("M3-02", 12.5)]) == {"M3-02": 37.5, "A2-11": 30}


def test_due_for_service():
    flights = [flight("M3-02", 600), flight("M3-02", 600), flight("A2-11", 30, km=151), flight("X", 60, 10)]
    assert due_for_service(flights) == ["A2-11", "M3-02"]
