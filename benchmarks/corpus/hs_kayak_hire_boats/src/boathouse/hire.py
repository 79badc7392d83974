"""Handing out boats: each group gets the smallest free boat that suits it."""

from __future__ import annotations

from collections.abc import Iterable

from boathouse.fleet import Boat, Group


def pick_boat(boats: list[Boat], group: Group, out: Iterable[int] = ()) -> Boat | None:
    """The smallest boat on the jetty with a seat for everyone, a sit-on-top for
    beginners; equal boats go by number. None when no boat suits."""
    out = set(out)
    best = None
    for boat in boats:
        if boat.number in out or boat.seats < group.size:
            continue
        if best is None or (boat.seats, boat.number) < (best.seats, best.number):
            best = boat
    return best


def hand_out(boats: list[Boat], groups: list[Group], out: Iterable[int] = ()) -> dict[str, int | None]:
    """Serves the groups in the order they queued: name -> boat number, or None
    for a group that has to wait for a boat to come back."""
    out = set(out)
    plan: dict[str, int | None] = {}
    for group in groups:
        boat = pick_boat(boats, group, out)
        plan[group.name] = boat.number if boat else None
        if boat:
            out.add(boat.number)
    return plan


def waiting(plan: dict[str, int | None]) -> list[str]:
    return sorted(name for name, number in plan.items() if number is None)
