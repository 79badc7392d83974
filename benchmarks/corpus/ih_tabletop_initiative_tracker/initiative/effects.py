from __future__ import annotations

from initiative.combatants import Combatant


def apply_condition(combatant: Combatant, condition: str, rounds: int, current_round: int) -> None:
    """The condition lasts `rounds` rounds: it wears off when round current_round + rounds begins.
    A longer duration replaces a shorter one; a shorter one does not cut a longer one short."""
    ends = current_round + rounds
    combatant.conditions[condition] = max(ends, combatant.conditions.get(condition, 0))


def expire_conditions(combatants: list[Combatant], new_round: int) -> list[tuple[str, str]]:
    """Take off the conditions that wear off as `new_round` begins; (name, condition) for each."""
    ended = []
    for combatant in combatants:
        for condition, ends in sorted(combatant.conditions.items()):
            if ends <= new_round:
                del combatant.conditions[condition]
                ended.append((combatant.name, condition))
    return ended
