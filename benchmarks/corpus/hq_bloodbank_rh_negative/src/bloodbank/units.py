"""Red cell units in the fridge, as the lab system exports them: code, type, expiry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

GROUPS = ("O", "A", "B", "AB")


@dataclass(frozen=True)
class Unit:
    code: str
    group: str  # ABO group
    rh: str  # "+" or "-"
    expires: date

    @property
    def blood_type(self) -> str:
        return self.group + self.rh


def parse_type(text: str) -> tuple[str, str]:
    """'AB+' -> ('AB', '+')."""
    text = text.strip().upper()
    group, rh = text[:-1], text[-1:]
    if group not in GROUPS or rh not in ("+", "-"):
        raise ValueError(f"unknown blood type {text!r}")
    return group, rh


def parse_unit(line: str) -> Unit:
    code, blood_type, expires = (part.strip() for part in line.split(","))
    group, rh = parse_type(blood_type)
    return Unit(code, group, rh, date.fromisoformat(expires))


def parse_units(text: str) -> list[Unit]:
    return [parse_unit(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
