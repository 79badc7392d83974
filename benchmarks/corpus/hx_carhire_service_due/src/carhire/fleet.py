"""The branch's hire cars and when they go to the workshop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import months_later

SERVICE_MILES = 10_000
SERVICE_MONTHS = 12


@dataclass
class Car:
    reg: str
    model: str
    registered: date
    odometer: int = 0
    last_service: date | None = None
    service_odometer: int = 0  # the odometer at the last service (0 if never serviced)
    on_hire: bool = False


class Fleet:
    def __init__(self, cars: list[Car] = ()) -> None:
        self.cars = {car.reg: car for car in cars}

    def hire_out(self, reg: str) -> None:
        car = self.cars[reg]
        if car.on_hire:
            raise ValueError(f"{reg} is already out on hire")
        car.on_hire = True

    def record_return(self, reg: str, odometer: int) -> int:
        """Book a car back in; the miles it did on this hire."""
        car = self.cars[reg]
        if not car.on_hire:
            raise ValueError(f"{reg} is not out on hire")
        if odometer < car.odometer:
            raise ValueError(f"{reg}: odometer went back from {car.odometer} to {odometer}")
        miles, car.odometer, car.on_hire = odometer - car.odometer, odometer, False
        return miles

    def record_service(self, reg: str, day: date) -> None:
        car = self.cars[reg]
        car.last_service, car.service_odometer = day, car.odometer

    def due_for_service(self, today: date) -> list[str]:
        """The cars due a service, by registration: SERVICE_MILES or more since the
        last service, or SERVICE_MONTHS since it; a car that has never been serviced
        counts from when it was registered (and from 0 miles)."""
        due = []
        for car in self.cars.values():
            since = car.last_service or car.registered
            miles = car.odometer - car.service_odometer
            if car.last_service is not None and (miles >= SERVICE_MILES or months_later(since, SERVICE_MONTHS) <= today):
                due.append(car.reg)
        return sorted(due)
