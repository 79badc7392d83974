"""Turning the wardens' sightings into penalty notices."""

from __future__ import annotations

from datetime import datetime

from .permits import PermitRegistry, normalise_plate

DEFAULT_FINE = 70


def notices(sightings: list[tuple[str, str, datetime]], registry: PermitRegistry,
            fines: dict[str, int] | None = None) -> list[tuple[str, str, str, int]]:
    """(plate, zone, day, fine) for each car seen without a valid permit, at most one
    notice per car, zone and day, in the order the cars were first seen."""
    fines = fines or {}
    issued = []
    seen = set()
    for plate, zone, when in sightings:
        plate, zone, day = normalise_plate(plate), zone.upper(), when.date()
        if (plate, zone, day) in seen:
            continue
        seen.add((plate, zone, day))
        if registry.find(plate, zone, day) is None:
            issued.append((plate, zone, day.isoformat(), fines.get(zone, DEFAULT_FINE)))
    return issued
