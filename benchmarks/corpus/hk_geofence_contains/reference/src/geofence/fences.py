"""Circular geofences around depots, and the enter/leave events of a vehicle's track."""

from __future__ import annotations

from dataclasses import dataclass

from .earth import check_position, haversine_km


@dataclass(frozen=True)
class Fence:
    name: str
    lat: float
    lon: float
    radius_km: float

    def contains(self, lat: float, lon: float) -> bool:
        """Whether the position is inside the fence or on its edge."""
        check_position(lat, lon)
        return haversine_km(self.lat, self.lon, lat, lon) <= self.radius_km


def fences_at(fences: list[Fence], lat: float, lon: float) -> list[str]:
    return sorted(fence.name for fence in fences if fence.contains(lat, lon))


def events(fences: list[Fence], track: list[tuple[float, float]]) -> list[tuple[int, str, str]]:
    """(index in the track, "enter" or "leave", fence name) each time the set of
    fences around the vehicle changes; the track starts outside every fence."""
    inside: set[str] = set()
    found = []
    for index, (lat, lon) in enumerate(track):
        now = set(fences_at(fences, lat, lon))
        found.extend((index, "leave", name) for name in sorted(inside - now))
        found.extend((index, "enter", name) for name in sorted(now - inside))
        inside = now
    return found
