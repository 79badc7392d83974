from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Route:
    number: str
    stops: list[str]
    minutes: list[int] = field(default_factory=list)  # minutes[i]: stops[i] to stops[i + 1]

    def __post_init__(self) -> None:
        if len(self.minutes) != len(self.stops) - 1:
            raise ValueError(f"route {self.number}: one time is needed between each pair of stops")

    def index(self, stop: str) -> int:
        try:
            return self.stops.index(stop)
        except ValueError:
            raise KeyError(f"{stop} is not on route {self.number}") from None


def total_minutes(route: Route) -> int:
    """End to end running time of the route."""
    return sum(route.minutes)
