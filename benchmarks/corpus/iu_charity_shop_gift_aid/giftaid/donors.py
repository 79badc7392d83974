"""Donors as the till system exports them, one per line: code|name|declared|withdrawn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Donor:
    code: str  # the number on the labels stuck to the donor's bags, e.g. "D0142"
    name: str
    declared: date | None = None  # the day they signed the Gift Aid declaration
    withdrawn: date | None = None  # the day they asked us to stop claiming


def _day(text: str) -> date | None:
    text = text.strip()
    return date.fromisoformat(text) if text else None


def parse_donor(line: str) -> Donor:
    parts = line.split("|")
    if len(parts) != 4:
        raise ValueError(f"expected code|name|declared|withdrawn: {line!r}")
    code, name, declared, withdrawn = parts
    return Donor(code.strip().upper(), name.strip(), _day(declared), _day(withdrawn))


def load_donors(text: str) -> dict[str, Donor]:
    donors = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            donor = parse_donor(line)
            donors[donor.code] = donor
    return donors
