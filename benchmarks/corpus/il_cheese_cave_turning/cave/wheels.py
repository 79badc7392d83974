"""The wheels in the cave, as the make sheet records them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# Style: (turn every so many days, days in the cave before it can be sold).
STYLES = {
    "tomme": (2, 60),
    "cheddar": (7, 270),
    "blue": (3, 90),
    "washed rind": (1, 45),
}


@dataclass
class Wheel:
    code: str
    style: str
    made: date
    weight_kg: float
    last_turned: date | None = None
    turns: int = 0

    @property
    def turn_every(self) -> int:
        return STYLES[self.style][0]

    def ready_on(self) -> date:
        return self.made + timedelta(days=STYLES[self.style][1])


def parse_make_sheet(text: str) -> list[Wheel]:
    """Lines of 'code,style,made,weight'; blank lines and # comments are skipped."""
    wheels = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code, style, made, weight = (part.strip() for part in line.split(","))
        if style.lower() not in STYLES:
            raise ValueError(f"unknown style {style!r} for {code}")
        wheels.append(Wheel(code.upper(), style.lower(), date.fromisoformat(made), float(weight)))
    return wheels
