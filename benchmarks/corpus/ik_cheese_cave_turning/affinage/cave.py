from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from affinage.styles import YOUNG_DAYS, style_of


@dataclass
class Wheel:
    code: str
    style: str
    made_on: date
    weight_kg: float
    shelf: int
    last_turned: date | None = None
    sold: bool = False


class Cave:
    def __init__(self, wheels: list[Wheel] | None = None):
        self.wheels: list[Wheel] = list(wheels or [])

    def add(self, wheel: Wheel) -> None:
        if any(w.code == wheel.code for w in self.wheels):
            raise ValueError(f"wheel {wheel.code} is already in the cave")
        style_of(wheel.style)
        self.wheels.append(wheel)

    def find(self, code: str) -> Wheel:
        for wheel in self.wheels:
            if wheel.code == code:
                return wheel
        raise KeyError(code)

    def turning_due(self, today: date) -> list[str]:
        """Codes of the wheels to turn today, shelf by shelf. A wheel is turned every
        day for its first YOUNG_DAYS, then every `turn_every` days of its style,
        counting from its last turn (or the make day, if it was never turned)."""
        due = []
        for wheel in self.wheels:
            last = wheel.last_turned or wheel.made_on
            age = (today - last).days
            every = 1 if age < YOUNG_DAYS else style_of(wheel.style).turn_every
            if (today - last).days >= every:
                due.append(wheel)
        due.sort(key=lambda w: (w.shelf, w.code))
        return [w.code for w in due]

    def turn(self, code: str, today: date) -> None:
        self.find(code).last_turned = today

    def ready(self, today: date) -> list[str]:
        """Wheels old enough to sell, oldest first."""
        ready = [
            w for w in self.wheels
            if not w.sold and (today - w.made_on).days >= style_of(w.style).min_age_days
        ]
        ready.sort(key=lambda w: (w.made_on, w.code))
        return [w.code for w in ready]

    def sell(self, code: str) -> float:
        """Mark a wheel sold; returns its price."""
        wheel = self.find(code)
        if wheel.sold:
            raise ValueError(f"wheel {code} was already sold")
        wheel.sold = True
        return round(wheel.weight_kg * style_of(wheel.style).price_per_kg, 2)

    def stock_kg(self) -> float:
        return round(sum(w.weight_kg for w in self.wheels if not w.sold), 2)
