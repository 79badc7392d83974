"""The pressing day sheet: who brought what, in the order it went through the press."""

from __future__ import annotations

from dataclasses import dataclass

# Litres of juice per kilo of apples, by what the apples are.
YIELDS = {"cider": 0.65, "dessert": 0.55, "cooking": 0.6, "crab": 0.4}


@dataclass(frozen=True)
class Pressing:
    owner: str
    kind: str
    kilos: float

    def litres(self) -> int:
        """Juice in whole litres, as read off the collecting bucket."""
        return round(self.kilos * YIELDS[self.kind])


def parse_day_sheet(text: str) -> list[Pressing]:
    """Lines of 'owner: kind, kilos'; a line starting with # is a note."""
    pressings = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        owner, sep, rest = line.partition(":")
        kind, comma, kilos = rest.partition(",")
        if not sep or not comma:
            raise ValueError(f"line {number}: expected 'owner: kind, kilos'")
        kind = kind.strip().lower()
        if kind not in YIELDS:
            raise ValueError(f"line {number}: unknown kind of apple {kind!r}")
        pressings.append(Pressing(owner.strip(), kind, float(kilos)))
    return pressings
