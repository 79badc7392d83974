"""Totals for the survey's yearly report."""

from __future__ import annotations

from datetime import date

from .records import Sighting


def species_seen(sightings: list[Sighting]) -> list[str]:
    return sorted({s.species for s in sightings})


def site_totals(sightings: list[Sighting], site: str, since: date | None = None) -> dict[str, int]:
    """Birds counted per species at site, on or after `since` when it is given."""
    totals: dict[str, int] = {}
    for s in sightings:
        if s.site != site or (since is not None and s.day < since):
            continue
        totals[s.species] = totals.get(s.species, 0) + s.count
    return totals


def top_species(totals: dict[str, int], n: int = 3) -> list[tuple[str, int]]:
    """The n most counted species, ties by name."""
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:n]


def observers(sightings: list[Sighting], site: str) -> list[str]:
    return sorted({s.observer for s in sightings if s.site == site})


def visits(sightings: list[Sighting]) -> dict[str, int]:
    """Days each site was surveyed on."""
    days: dict[str, set[date]] = {}
    for s in sightings:
        days.setdefault(s.site, set()).add(s.day)
    return {site: len(seen) for site, seen in days.items()}
