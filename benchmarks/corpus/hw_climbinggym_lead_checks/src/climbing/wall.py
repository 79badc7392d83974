"""The routes on the wall."""

from __future__ import annotations

from dataclasses import dataclass

STYLES = ("boulder", "top-rope", "lead")


@dataclass(frozen=True)
class Route:
    name: str
    grade: str
    style: str

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise ValueError(f"unknown style {self.style!r}")


def on_rope(route: Route) -> bool:
    return route.style != "boulder"
