"""Parcels from the depot's manifest: `ref weight [express]`, one a line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Parcel:
    ref: str
    weight_kg: float
    express: bool = False


def parse_manifest(text: str) -> list[Parcel]:
    parcels = []
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        ref, weight, *flags = line.split()
        if float(weight) <= 0:
            raise ValueError(f"{ref}: weight must be positive")
        parcels.append(Parcel(ref, float(weight), "express" in flags))
    return parcels


def loading_order(parcels: list[Parcel]) -> list[Parcel]:
    """Express parcels first, then the heaviest; ties by reference."""
    return sorted(parcels, key=lambda p: (not p.express, -p.weight_kg, p.ref))
