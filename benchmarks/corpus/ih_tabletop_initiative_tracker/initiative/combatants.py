from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Combatant:
    name: str
    initiative: int
    hp: int
    max_hp: int
    dex: int = 0  # breaks initiative ties
    conditions: dict[str, int] = field(default_factory=dict)  # condition -> round it wears off

    @property
    def standing(self) -> bool:
        return self.hp > 0


def roll_initiative(name: str, dex: int, hp: int, rng: random.Random) -> Combatant:
    """A d20 plus the dexterity modifier."""
    return Combatant(name, rng.randint(1, 20) + dex, hp, hp, dex)


def damage(combatant: Combatant, amount: int) -> None:
    combatant.hp = max(0, combatant.hp - amount)


def heal(combatant: Combatant, amount: int) -> None:
    combatant.hp = min(combatant.max_hp, combatant.hp + amount)
