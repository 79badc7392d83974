"""Which units a patient can be given, soonest expiry first so that none go to waste."""

from __future__ import annotations

from datetime import date

from .units import Unit, parse_type

# patient's ABO group -> donor ABO groups whose red cells it can take
ACCEPTS = {
    "O": {"O"},
    "A": {"A", "O"},
    "B": {"B", "O"},
    "AB": {"AB", "A", "B", "O"},
}


class Stock:
    def __init__(self, units: list[Unit] = ()) -> None:
        self.units: list[Unit] = []
        self.issued: dict[str, str] = {}  # unit code -> patient
        for unit in units:
            self.receive(unit)

    def receive(self, unit: Unit) -> None:
        if any(held.code == unit.code for held in self.units):
            raise ValueError(f"duplicate unit {unit.code}")
        self.units.append(unit)

    def compatible_units(self, patient_type: str, today: date) -> list[Unit]:
        """Units a patient of patient_type can receive: ABO compatible, Rh compatible
        (an Rh-negative patient gets Rh-negative units only), not expired and not
        issued yet; soonest expiry first."""
        group, rh = parse_type(patient_type)
        found = []
        for unit in self.units:
            if unit.code in self.issued or unit.expires < today:
                continue
            if unit.group in ACCEPTS[group] and (rh == "+" or unit.rh == "-"):
                found.append(unit)
        return sorted(found, key=lambda unit: (unit.expires, unit.code))

    def issue(self, patient: str, patient_type: str, count: int, today: date) -> list[str]:
        units = self.compatible_units(patient_type, today)
        if len(units) < count:
            raise LookupError(f"only {len(units)} compatible units for {patient_type}")
        codes = [unit.code for unit in units[:count]]
        for code in codes:
            self.issued[code] = patient
        return codes

    def on_shelf(self, today: date) -> dict[str, int]:
        """Units left per blood type, leaving out the expired ones."""
        counts: dict[str, int] = {}
        for unit in self.units:
            if unit.code not in self.issued and unit.expires >= today:
                counts[unit.blood_type] = counts.get(unit.blood_type, 0) + 1
        return counts
