"""Club altitude records and personal bests.

An altitude only counts towards a record when the rocket was recovered and its
altimeter read on the field: tracker estimates for lost rockets go in the log but
are not verified.
"""

from __future__ import annotations

from rocketry.flights import Flight


def class_records(flights: list[Flight]) -> dict[str, tuple[int, str, str]]:
    """The record for each motor class: (altitude, flyer, rocket) of the highest
    verified flight. On a tie the record stays with whoever flew it first."""
    records: dict[str, tuple[int, str, str]] = {}
    for flight in sorted(flights, key=lambda f: f.day):
        if flight.altitude_m is not None:
            best = records.get(flight.motor_class)
            if best is None or flight.altitude_m > best[0]:
                records[flight.motor_class] = (flight.altitude_m, flight.flyer, flight.rocket)
    return records


def personal_bests(flights: list[Flight]) -> dict[str, int]:
    """Each flyer's highest verified altitude on any motor."""
    bests: dict[str, int] = {}
    for flight in flights:
        if flight.altitude_m is None or not flight.recovered:
            continue
        if flight.altitude_m > bests.get(flight.flyer, -1):
            bests[flight.flyer] = flight.altitude_m
    return bests


def new_records(previous: dict[str, tuple[int, str, str]], flights: list[Flight]) -> list[str]:
    """The motor classes whose record a day's flights beat (or set for the first time)."""
    now = class_records(flights)
    beaten = []
    for motor_class, (altitude, _flyer, _rocket) in sorted(now.items()):
        old = previous.get(motor_class)
        if old is None or altitude > old[0]:
            beaten.append(motor_class)
    return beaten
