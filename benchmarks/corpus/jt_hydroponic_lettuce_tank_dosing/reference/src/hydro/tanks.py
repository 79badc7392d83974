"""The tanks and the morning readings taken from them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from hydro.dosing import CROPS, acid_ml, nutrient_ml

# pH Up is not kept on the dosing trolley: a tank this far under gets a note instead.
PH_LOW_BY = 0.3


@dataclass(frozen=True)
class Reading:
    tank: str
    ec: float
    ph: float


@dataclass(frozen=True)
class Dose:
    tank: str
    nutrient_ml: int
    acid_ml: float
    note: str = ""


@dataclass(frozen=True)
class Tank:
    name: str
    litres: float
    crop: str

    def doses(self, reading: Reading) -> Dose:
        ec_target, ph_target = CROPS[self.crop]
        nutrients = nutrient_ml(self.litres, reading.ec, ec_target)
        acid = acid_ml(self.litres, reading.ph, ph_target)
        note = "pH low: add pH Up by hand" if reading.ph < ph_target - PH_LOW_BY else ""
        return Dose(self.name, nutrients, acid, note)


def read_log(text: str) -> list[Reading]:
    """The meter's CSV export: tank,ec,ph, one row a tank; a row the meter could not
    read has a blank value and is left for the grower to take again."""
    readings = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        if not row["ec"].strip() or not row["ph"].strip():
            continue
        readings.append(Reading(row["tank"].strip(), float(row["ec"]), float(row["ph"])))
    return readings


def dose_sheet(tanks: list[Tank], readings: list[Reading]) -> list[Dose]:
    """The doses for every tank that has a reading, in tank order."""
    latest = {reading.tank: reading for reading in readings}
    return [tank.doses(latest[tank.name]) for tank in tanks if tank.name in latest]
