"""Planning a night's gritting round from the depot: how much salt to load and
which sites go on which lorry load, most urgent first."""

from __future__ import annotations

from sites import Site

SPREAD_G_PER_M2 = {"frost": 10, "ice": 20, "snow": 40}


class GrittingRound:
    def __init__(self, depot: str, sites: list[Site], lorry_tonnes: float = 2.0):
        self.depot = depot
        self.lorry_tonnes = lorry_tonnes
        self.sites = sorted((site for site in sites if site.active), key=lambda site: (site.priority, site.name))
        self.area_m2 = sum(site.area_m2 for site in sites)

    def _spread(self, forecast: str) -> int:
        if forecast not in SPREAD_G_PER_M2:
            raise ValueError(f"no spread rate for {forecast!r}")
        return SPREAD_G_PER_M2[forecast]

    def salt_tonnes(self, forecast: str) -> float:
        return round(self.area_m2 * self._spread(forecast) / 1_000_000, 3)

    def loads(self, forecast: str) -> list[list[str]]:
        """Sites on each lorry load in the order they are gritted. A site is never
        split between loads: when it will not fit, the lorry goes back to the depot."""
        rate = self._spread(forecast)
        loads: list[list[str]] = []
        room = 0.0
        for site in self.sites:
            tonnes = site.area_m2 * rate / 1_000_000
            if tonnes > self.lorry_tonnes:
                raise ValueError(f"{site.name} needs more salt than a lorry carries")
            if not loads or tonnes > room + 1e-9:
                loads.append([])
                room = self.lorry_tonnes
            loads[-1].append(site.name)
            room -= tonnes
        return loads
