"""The club's launch log: one line per flight, as the range safety officer writes it up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Flight:
    day: date
    flyer: str
    rocket: str
    motor: str  # as printed on the casing, e.g. "C6-5" or "F15-4"
    altitude_m: int | None  # altimeter readout, or the tracker's estimate for a lost rocket; None if neither
    recovered: bool  # found after landing, so the altimeter could be read on the field

    @property
    def motor_class(self) -> str:
        return self.motor[0].upper()


def parse_log(text: str) -> list[Flight]:
    """Lines of 'YYYY-MM-DD | flyer | rocket | motor | altitude | recovered', with
    altitude '-' when nothing flew to measure it and recovered 'yes' or 'no'.
    Blank lines and '#' comments are skipped."""
    flights = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 6:
            raise ValueError(f"line {number}: expected 6 fields, got {len(parts)}")
        day, flyer, rocket, motor, altitude, recovered = parts
        flights.append(
            Flight(
                day=date.fromisoformat(day),
                flyer=flyer,
                rocket=rocket,
                motor=motor,
                altitude_m=None if altitude == "-" else int(altitude),
                recovered=recovered.lower() == "yes",
            )
        )
    return flights


def high_power(flight: Flight) -> bool:
    """H motors and up need a certified flyer and the far pad."""
    return flight.motor_class >= "H"
