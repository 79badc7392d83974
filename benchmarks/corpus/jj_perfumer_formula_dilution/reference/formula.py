"""A perfume formula as it is written in the lab book, one material a line:

    bergamot              12 drops
    iso e super           2.5 ml
    oakmoss abs @10%      8 drops     # kept as a 10% dilution in perfumer's alcohol

Amounts are in drops (from the dropper bottles) or ml. Materials kept as a dilution
carry their strength after an @.
"""

from __future__ import annotations

from dataclasses import dataclass

DROPS_PER_ML = 20  # standard glass pipette


@dataclass(frozen=True)
class Entry:
    material: str
    amount: float
    unit: str  # "drops" or "ml"
    dilution: float = 100.0  # percent of the material in the bottle


def parse_formula(text: str) -> list[Entry]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        *name, amount, unit = line.split()
        if unit not in ("drops", "drop", "ml") or not name:
            raise ValueError(f"line {number}: expected 'material amount drops|ml'")
        dilution = 100.0
        if name[-1].startswith("@") and name[-1].endswith("%"):
            dilution = float(name.pop()[1:-1])
            if not 0 < dilution <= 100:
                raise ValueError(f"line {number}: dilution must be over 0 and at most 100%")
        entries.append(Entry(" ".join(name).lower(), float(amount), "ml" if unit == "ml" else "drops", dilution))
    return entries


class Formula:
    def __init__(self, name: str, entries: list[Entry]):
        self.name = name
        self.entries = entries

    def concentrate_ml(self) -> float:
        """The whole mix as poured from the bottles, dilutions' alcohol included."""
        return sum(e.amount / DROPS_PER_ML if e.unit == "drops" else e.amount for e in self.entries)

    def neat_ml(self) -> dict[str, float]:
        """Millilitres of each material itself, without the alcohol it is diluted in;
        a material on more than one line is added up."""
        neat: dict[str, float] = {}
        for entry in self.entries:
            ml = entry.amount / DROPS_PER_ML if entry.unit == "drops" else entry.amount
            neat[entry.material] = neat.get(entry.material, 0.0) + ml * entry.dilution / 100
        return neat

    def percentages(self) -> dict[str, float]:
        """Each material's share of the neat oils, in percent, to one decimal."""
        neat = self.neat_ml()
        total = sum(neat.values())
        if total == 0:
            return {}
        return {material: round(ml / total * 100, 1) for material, ml in neat.items()}
