"""The club result and the pools for one race."""

from __future__ import annotations

from dataclasses import dataclass

from racing.lofts import Loft, distance_yards


@dataclass(frozen=True)
class Race:
    point: str
    lat: float
    lon: float
    liberated: str  # 'HH:MM:SS', all birds clocked the same day


@dataclass(frozen=True)
class Marked:
    """A bird marked into the basket for this race, with the pools (stakes in pounds) it is entered in."""

    ring: str
    member: str
    pools: tuple[int, ...] = ()


@dataclass(frozen=True)
class Row:
    member: str
    ring: str
    yards: int
    minutes: float
    velocity: float  # yards per minute


def clock_seconds(text: str) -> int:
    hours, mins, secs = (int(part) for part in text.split(":"))
    return hours * 3600 + mins * 60 + secs


def race_result(race: Race, lofts: dict[str, Loft], marked: dict[str, Marked], clockings: list[tuple[str, str, str]]) -> list[Row]:
    """Every marked bird clocked by its own member, fastest first. Clockings are
    (member, ring, 'HH:MM:SS'); a bird clocked twice counts from the first time."""
    start = clock_seconds(race.liberated)
    seen = set()
    rows = []
    for member, ring, time in sorted(clockings, key=lambda clocking: clock_seconds(clocking[2])):
        bird = marked.get(ring)
        if bird is None or bird.member != member or ring in seen:
            continue
        seen.add(ring)
        minutes = (clock_seconds(time) - start) / 60
        if minutes <= 0:
            continue
        yards = distance_yards(lofts[member], race.lat, race.lon)
        rows.append(Row(member, ring, round(yards), round(minutes, 2), round(yards / minutes, 3)))
    rows.sort(key=lambda row: (-row.velocity, row.ring))
    return rows


def loft_result(rows: list[Row]) -> list[tuple[str, float]]:
    """Each member's first bird: the result the federation publishes."""
    best: dict[str, float] = {}
    for row in rows:
        best.setdefault(row.member, row.velocity)
    return list(best.items())


def pool_winnings(rows: list[Row], marked: dict[str, Marked], stake: int) -> dict[str, float]:
    """The pot for a pool (the stake for every bird entered in it) goes two thirds to
    the fastest bird entered and one third to the second."""
    entered = {ring for ring, bird in marked.items() if stake in bird.pools}
    pot = stake * len(entered)
    winners = [row for row in rows if row.ring in entered][:2]
    shares = (2 / 3, 1 / 3) if len(winners) == 2 else (1.0,)
    winnings: dict[str, float] = {}
    for row, share in zip(winners, shares):
        winnings[row.member] = round(winnings.get(row.member, 0) + pot * share, 2)
    return winnings
