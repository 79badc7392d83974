"""Visitor mooring patrols on the canal.

Each visitor mooring site has a longest stay, in days. The patrol walks the towpath
most days and logs every boat it sees on a site by its index number. A boat has
stayed put while it keeps being seen on the same site with no more than GAP_DAYS
between sightings; seen on another site, or not seen for longer than that, it has
moved on, and its next sighting starts a new stay.
"""

from __future__ import annotations

from datetime import date

GAP_DAYS = 3
OVERSTAY_PENCE_A_DAY = 2500


class PatrolBook:
    def __init__(self, longest_stay: dict[str, int]) -> None:
        self.longest_stay = longest_stay
        self.sightings: list[tuple[date, str, str]] = []

    def log(self, day: date, boat: str, site: str) -> None:
        if site not in self.longest_stay:
            raise ValueError(f"{site!r} is not a visitor mooring site")
        self.sightings.append((day, boat, site))

    def current_stays(self) -> dict[str, tuple[str, date, date]]:
        """boat -> (site, day it arrived, day last seen) for each boat's latest stay."""
        site_of: dict[str, str] = {}
        arrived: dict[str, date] = {}
        last_seen: dict[str, date] = {}
        for day, boat, site in sorted(self.sightings):
            if site_of.get(boat) != site or (day - arrived[boat]).days > GAP_DAYS:
                site_of[boat] = site
                arrived[boat] = day
            last_seen[boat] = day
        return {boat: (site_of[boat], arrived[boat], last_seen[boat]) for boat in site_of}

    def overstays(self, today: date) -> list[tuple[str, str, int]]:
        """(boat, site, days over) for boats still on a site past its longest stay,
        most days over first. A boat not seen for more than GAP_DAYS has gone."""
        over = []
        for boat, (site, arrived, last_seen) in self.current_stays().items():
            if (today - last_seen).days > GAP_DAYS:
                continue
            days = (last_seen - arrived).days - self.longest_stay[site]
            if days > 0:
                over.append((boat, site, days))
        return sorted(over, key=lambda row: (-row[2], row[0]))

    def charges(self, today: date) -> dict[str, int]:
        """The overstay charge, in pence, for each boat overstaying today."""
        return {boat: days * OVERSTAY_PENCE_A_DAY for boat, _site, days in self.overstays(today)}
