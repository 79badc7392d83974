"""The cave log: which wheels to turn each morning, and which are ready to sell."""

from __future__ import annotations

from datetime import date

from cave.wheels import STYLES, Wheel


class CaveLog:
    def __init__(self, wheels: list[Wheel] | None = None):
        self.wheels: dict[str, Wheel] = {}
        for wheel in wheels or []:
            self.add(wheel)

    def add(self, wheel: Wheel) -> None:
        if wheel.style not in STYLES:
            raise ValueError(f"unknown style {wheel.style!r}")
        if wheel.code in self.wheels:
            raise ValueError(f"wheel {wheel.code} is already in the cave")
        self.wheels[wheel.code] = wheel

    def turn(self, code: str, day: date) -> None:
        """Record that the wheel was turned (and its rind brushed) on `day`."""
        wheel = self.wheels[code]
        if wheel.last_turned is not None and day < wheel.last_turned:
            raise ValueError(f"{code} was last turned on {wheel.last_turned}, after {day}")
        wheel.turns += 1

    def due_for_turning(self, day: date) -> list[str]:
        """Codes of the wheels to turn on `day`, most overdue first (then by code).
        A wheel that has never been turned counts from the day it was made; wheels
        that are ready to sell are no longer turned."""
        due = []
        for wheel in self.wheels.values():
            if day >= wheel.ready_on():
                continue
            since = wheel.last_turned or wheel.made
            overdue = (day - since).days - wheel.turn_every
            if overdue >= 0:
                due.append((-overdue, wheel.code))
        return [code for _, code in sorted(due)]

    def ready(self, day: date) -> list[str]:
        return sorted(code for code, wheel in self.wheels.items() if wheel.ready_on() <= day)

    def sell(self, code: str) -> Wheel:
        return self.wheels.pop(code)
