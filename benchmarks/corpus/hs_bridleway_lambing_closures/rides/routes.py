"""The livery yard's list of hacking routes: one a line, `name  level  ground  [closed months...]`,
the name as several words, the level 1 (quiet lanes) to 4 (fast open gallops), and the
months (1-12) a farmer closes the route for lambing."""

from __future__ import annotations

from dataclasses import dataclass

GROUNDS = ("chalk", "clay", "sand")


@dataclass(frozen=True)
class Route:
    name: str
    level: int
    ground: str
    closed: tuple[int, ...] = ()


def read_routes(text: str) -> list[Route]:
    routes = []
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        at = next((i for i, word in enumerate(words) if word.lower() in GROUNDS), 0) - 1
        if at < 1:
            raise ValueError(f"bad route line {line!r}")
        level, months = int(words[at]), tuple(int(month) for month in words[at + 2:])
        if not 1 <= level <= 4 or any(not 1 <= month <= 12 for month in months):
            raise ValueError(f"bad route line {line!r}")
        routes.append(Route(" ".join(words[:at]), level, words[at + 1].lower(), months))
    return routes
