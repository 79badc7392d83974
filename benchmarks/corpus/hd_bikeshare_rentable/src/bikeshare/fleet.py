from __future__ import annotations

from .models import Bike, Station

MIN_BATTERY = 20


def rentable_bikes(station: Station, min_battery: int = MIN_BATTERY) -> list[Bike]:
    """Bikes a rider can take now, fullest battery first."""
    bikes = []
    for bike in station.bikes:
        if bike.available:
            bikes.append(bike)
    return sorted(bikes, key=lambda bike: (-bike.battery, bike.id))


def rent(station: Station, rider: str, min_battery: int = MIN_BATTERY) -> Bike | None:
    bikes = rentable_bikes(station, min_battery)
    if not bikes:
        return None
    bike = bikes[0]
    bike.rented_by = rider
    station.bikes.remove(bike)
    return bike


def needs_charging(stations: list[Station], below: int = MIN_BATTERY) -> dict[str, list[str]]:
    return {
        station.name: sorted(bike.id for bike in station.bikes if bike.battery < below)
        for station in stations
        if any(bike.battery < below for bike in station.bikes)
    }
