"""The pilots' flight log, as exported from the tablet app: one flight a line,
`drone; pilot; takeoff; landing; km`, times in ISO format, km may be left empty."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Flight:
    drone: str
    pilot: str
    takeoff: datetime
    landing: datetime
    km: float = 0.0

    @property
    def minutes(self) -> float:
        return (self.landing - self.takeoff).total_seconds() / 60


def parse_flight(line: str) -> Flight:
    fields = [field.strip() for field in line.split(";")]
    drone, pilot = fields[0], fields[1]
    takeoff = datetime.fromisoformat(fields[2])
    landing = datetime.fromisoformat(fields[3])
    km = float(fields[4]) if len(fields) > 4 and fields[4] else 0.0
    if not drone or not pilot:
        raise ValueError(f"drone and pilot are required: {line!r}")
    if landing <= takeoff or km < 0:
        raise ValueError(f"impossible flight: {line!r}")
    return Flight(drone, pilot, takeoff, landing, km)


def read_log(text: str) -> tuple[list[Flight], list[int]]:
    """The flights in the log, and the numbers of the lines that are not flights
    (the app sometimes writes half a line when the tablet dies)."""
    flights = []
    bad = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            flights.append(parse_flight(line))
        except (ValueError, IndexError):
            bad.append(number)
    return flights, bad
