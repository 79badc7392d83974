from __future__ import annotations

from initiative.combatants import Combatant
from initiative.effects import expire_conditions


class EncounterOver(Exception):
    pass


class Encounter:
    def __init__(self, combatants: list[Combatant]):
        # Highest initiative first; ties go to the higher dexterity, then by name.
        self.order = sorted(combatants, key=lambda c: (-c.initiative, -c.dex, c.name))
        self.round = 1
        self.index = -1  # nobody has acted yet
        self.log: list[str] = []

    @property
    def current(self) -> Combatant | None:
        return self.order[self.index] if self.index >= 0 else None

    def add(self, combatant: Combatant) -> None:
        """A combatant joining mid-fight takes their place in the order without
        changing whose turn it is."""
        acting = self.current
        self.order.append(combatant)
        self.order.sort(key=lambda c: (-c.initiative, -c.dex, c.name))
        if acting is not None:
            self.index = self.order.index(acting)

    def next_turn(self) -> Combatant:
        """Move on to the next combatant still standing and return them. Past the end
        of the order a new round begins from the top, and the conditions that run out
        with it wear off. Raises EncounterOver when nobody is standing."""
        if not any(c.standing for c in self.order):
            raise EncounterOver("nobody is left standing")
        while True:
            self.index += 1
            if self.index == len(self.order):
                self.index = 0
                self.round += 1
                for name, condition in expire_conditions(self.order, self.round):
                    self.log.append(f"round {self.round}: {name} is no longer {condition}")
            combatant = self.order[self.index]
            if combatant.standing:
                return combatant
