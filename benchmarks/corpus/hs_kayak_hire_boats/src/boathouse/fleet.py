"""The hire fleet and the groups that turn up at the jetty."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Boat:
    number: int
    seats: int
    sit_on_top: bool = True  # the sit-in touring kayaks are for those who can roll or wet-exit


@dataclass(frozen=True)
class Group:
    name: str
    size: int
    beginners: bool = False


def read_fleet(text: str) -> list[Boat]:
    """Lines like `K4 2` or `K9 1 sit-in`."""
    boats = []
    for line in text.splitlines():
        words = line.split()
        if not words:
            continue
        if not words[0].startswith("K") or words[2:] not in ([], ["sit-in"]):
            raise ValueError(f"bad boat line {line!r}")
        boats.append(Boat(int(words[0][1:]), int(words[1]), sit_on_top=len(words) == 2))
    numbers = [boat.number for boat in boats]
    if len(set(numbers)) != len(numbers):
        raise ValueError("a boat number appears twice")
    return boats
