"""Airtime per drone and when each is due for its service (every 20 hours in
the air, or after 150 km, whichever comes first)."""

from __future__ import annotations

from .flights import Flight

SERVICE_MINUTES = 20 * 60
SERVICE_KM = 150.0


def airtime(flights: list[Flight]) -> dict[str, float]:
    minutes: dict[str, float] = {}
    for flight in flights:
        minutes[flight.drone] = minutes.get(flight.drone, 0.0) + flight.minutes
    return minutes


def due_for_service(flights: list[Flight]) -> list[str]:
    minutes = airtime(flights)
    km: dict[str, float] = {}
    for flight in flights:
        km[flight.drone] = km.get(flight.drone, 0.0) + flight.km
    return sorted(d for d in minutes if minutes[d] >= SERVICE_MINUTES or km[d] >= SERVICE_KM)
