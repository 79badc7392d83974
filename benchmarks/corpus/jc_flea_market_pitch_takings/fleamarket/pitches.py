"""The pitch plan for the monthly flea market in the church car park."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

PITCH_FEES = {"table": Decimal("8.00"), "car": Decimal("12.00"), "van": Decimal("20.00")}


@dataclass(frozen=True)
class Pitch:
    number: int
    kind: str

    @property
    def fee(self) -> Decimal:
        return PITCH_FEES[self.kind]


def read_plan(text: str) -> dict[int, Pitch]:
    """'number kind' per line, e.g. '14 car'."""
    plan = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        number, kind = line.split()
        if kind not in PITCH_FEES:
            raise ValueError(f"pitch {number}: unknown kind {kind!r}")
        plan[int(number)] = Pitch(int(number), kind)
    return plan
