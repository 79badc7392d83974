"""Zones as configured on the controller: 'name minutes [off]' per line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Zone:
    name: str
    minutes: int
    enabled: bool = True


def parse_zones(text: str) -> list[Zone]:
    zones = []
    for line in text.splitlines():
        words = line.split("#")[0].split()
        if not words:
            continue
        if len(words) not in (2, 3) or (len(words) == 3 and words[2] != "off"):
            raise ValueError(f"bad zone line {line!r}")
        if any(zone.name == words[0] for zone in zones):
            raise ValueError(f"zone {words[0]} twice")
        zones.append(Zone(words[0], int(words[1]), len(words) == 2))
    return zones
