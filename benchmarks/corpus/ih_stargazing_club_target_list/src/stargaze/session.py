from __future__ import annotations

from dataclasses import dataclass

from stargaze.catalog import Target
from stargaze.sky import altitude, limiting_magnitude

DEEP_SKY = {"galaxy", "nebula", "cluster"}
# With the moon up, deep-sky targets fainter than this are washed out.
MOONLIT_LIMIT = 7.0


@dataclass
class Telescope:
    name: str
    aperture_mm: float

    @property
    def limiting_magnitude(self) -> float:
        return limiting_magnitude(self.aperture_mm)


@dataclass
class Session:
    telescope: Telescope
    latitude: float
    sidereal_hours: float
    moon_up: bool = False
    min_altitude: float = 20.0

    def observable(self, targets: list[Target]) -> list[str]:
        """Names of the targets worth showing tonight, highest in the sky first: at
        least min_altitude up and bright enough for the telescope. With the moon up,
        deep-sky targets fainter than MOONLIT_LIMIT are left out as well."""
        chosen = []
        for target in targets:
            alt = altitude(target.ra_hours, target.dec_degrees, self.latitude, self.sidereal_hours)
            if alt < self.min_altitude or target.magnitude > self.telescope.limiting_magnitude:
                continue
            if self.moon_up and target.kind in DEEP_SKY:
                continue
            chosen.append((-alt, target.name))
        chosen.sort()
        return [name for _, name in chosen]

    def best(self, targets: list[Target], count: int = 3) -> list[str]:
        """The `count` highest targets worth showing."""
        return self.observable(targets)[:count]
