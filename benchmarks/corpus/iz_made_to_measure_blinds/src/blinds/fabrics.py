"""The fabric books the shop orders roller-blind cloth from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fabric:
    name: str
    price_per_m2: float
    roll_width_cm: int
    blackout: bool = False


FABRICS = {
    "linen-natural": Fabric("Linen Natural", 24.0, 200),
    "linen-charcoal": Fabric("Linen Charcoal", 24.0, 200),
    "sunscreen-white": Fabric("Sunscreen White", 31.5, 250),
    "dimout-sage": Fabric("Dimout Sage", 28.0, 240, blackout=False),
    "blackout-navy": Fabric("Blackout Navy", 36.0, 180, blackout=True),
}


def find_fabric(code: str) -> Fabric:
    try:
        return FABRICS[code.strip().lower()]
    except KeyError:
        raise KeyError(f"no fabric {code!r} in the books") from None
