"""The gate book: every drop-off of apples is weighed in its sacks on the way in.

    Hilltop Farm, 6 sacks, 84.5 kg
"""

from __future__ import annotations

from dataclasses import dataclass

SACK_KG = 0.4  # an empty hessian sack, as lent out by the press


@dataclass(frozen=True)
class DropOff:
    grower: str
    sacks: int
    gross_kg: float  # as the scales read, sacks and all

    @property
    def net_kg(self) -> float:
        return self.gross_kg - self.sacks * SACK_KG


def read_gate_book(text: str) -> list[DropOff]:
    drops = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        try:
            grower, sacks, weight = (part.strip() for part in line.split(","))
            drop = DropOff(grower, int(sacks.removesuffix("sacks").strip()), float(weight.removesuffix("kg").strip()))
        except ValueError:
            raise ValueError(f"gate book line {number}: {line!r}") from None
        drops.append(drop)
    return drops
