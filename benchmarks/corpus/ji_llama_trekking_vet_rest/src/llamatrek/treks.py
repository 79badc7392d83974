"""Pairing the day's walkers with llamas."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from llamatrek.herd import Herd

LEAD_AGE = 12  # younger walkers walk beside a grown-up's llama instead of leading one


@dataclass
class Walker:
    name: str
    age: int
    booking: str


def leaders(walkers: list[Walker]) -> list[Walker]:
    """The walkers who lead a llama: everyone old enough, and in a booking of children
    only, the eldest child."""
    chosen = []
    for booking in dict.fromkeys(walker.booking for walker in walkers):
        group = [walker for walker in walkers if walker.booking == booking]
        old_enough = [walker for walker in group if walker.age >= LEAD_AGE]
        chosen.extend(old_enough or [max(group, key=lambda walker: walker.age)])
    return chosen


def plan(herd: Herd, day: date, walkers: list[Walker]) -> dict[str, str]:
    """Walker name -> llama name, llamas handed out alphabetically in booking order."""
    leading = leaders(walkers)
    fit = herd.fit_to_trek(day)
    if len(fit) < len(leading):
        raise ValueError(f"{len(leading)} walkers need a llama but only {len(fit)} can go out")
    return {walker.name: llama for walker, llama in zip(leading, fit)}
