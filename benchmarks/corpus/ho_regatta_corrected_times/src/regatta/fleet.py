"""The dinghies entered and the club's handicap numbers for their classes."""

from __future__ import annotations

from dataclasses import dataclass

# Portsmouth yardstick numbers: the faster the class, the lower the number.
YARDSTICK = {
    "ILCA 7": 1100,
    "ILCA 6": 1147,
    "RS Aero 7": 1065,
    "Topper": 1365,
    "Mirror": 1385,
    "Wayfarer": 1102,
    "420": 1105,
}


@dataclass(frozen=True)
class Boat:
    sail: str
    helm: str
    klass: str

    @property
    def yardstick(self) -> int:
        return YARDSTICK[self.klass]


def parse_entries(text: str) -> dict[str, Boat]:
    """'sail, helm, class' lines -> boats by sail number."""
    boats = {}
    for line in text.strip().splitlines():
        sail, helm, klass = (part.strip() for part in line.split(","))
        if klass not in YARDSTICK:
            raise ValueError(f"no yardstick for {klass!r}")
        boats[sail] = Boat(sail, helm, klass)
    return boats
