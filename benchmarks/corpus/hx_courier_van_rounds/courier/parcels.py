"""Parcels from the depot's manifest: one line each, "ref postcode weight"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WEIGHT = re.compile(r"^(\d+(?:\.\d+)?)\s*(kg|g)$", re.IGNORECASE)


@dataclass(frozen=True)
class Parcel:
    ref: str
    postcode: str
    grams: int

    @property
    def district(self) -> str:
        """The outward part of the postcode: "LS6" of "LS6 3AB"."""
        return self.postcode.split()[0]


def parse_weight(text: str) -> int:
    """Grams in a weight written "2.5kg", "750g" or "3 KG"."""
    match = _WEIGHT.match(text.strip())
    if not match:
        raise ValueError(f"bad weight: {text!r}")
    amount, unit = float(match.group(1)), match.group(2).lower()
    return round(amount * 1000) if unit == "kg" else round(amount)


def parse_manifest(text: str) -> list[Parcel]:
    parcels = []
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        ref, outward, inward, weight = line.split(maxsplit=3)
        parcels.append(Parcel(ref, f"{outward.upper()} {inward.upper()}", parse_weight(weight)))
    return parcels
