"""Encounters run turn by turn with damage, healing, conditions and late arrivals, from a fixed seed."""

import random

from observing import attempt
from initiative.combatants import Combatant, damage, heal, roll_initiative
from initiative.effects import apply_condition
from initiative.encounter import Encounter

NAMES = ["Aria", "Borin", "Cade", "Dova", "Goblin A", "Goblin B", "Ogre", "Wolf", "Imp"]
CONDITIONS = ["paralysed", "prone", "frightened", "blessed", "poisoned"]


def turn(encounter):
    combatant = encounter.next_turn()
    return combatant.name, encounter.round, encounter.index


def state(encounter):
    return (
        encounter.round,
        encounter.index,
        [(c.name, c.hp, dict(c.conditions)) for c in encounter.order],
        list(encounter.log),
    )


def observe():
    rng = random.Random(2020)
    results = []
    for size in range(0, 5):
        fighters = [Combatant(f"f{k}", 10 - k, 5, 5) for k in range(size)]
        encounter = Encounter(fighters)
        results.append([attempt(turn, encounter) for _ in range(3 * size + 2)])
        results.append(state(encounter))
    for _ in range(120):
        combatants = [
            roll_initiative(name, rng.randint(-1, 4), rng.randint(1, 30), rng)
            for name in rng.sample(NAMES, rng.randint(1, 6))
        ]
        encounter = Encounter(combatants)
        for _ in range(rng.randint(1, 25)):
            results.append(attempt(turn, encounter))
            target = rng.choice(encounter.order)
            roll = rng.random()
            if roll < 0.35:
                damage(target, rng.randint(1, 12))
            elif roll < 0.5:
                heal(target, rng.randint(1, 8))
            elif roll < 0.75:
                apply_condition(target, rng.choice(CONDITIONS), rng.randint(1, 3), encounter.round)
            elif roll < 0.8:
                encounter.add(Combatant(f"late{len(encounter.order)}", rng.randint(1, 20), rng.randint(1, 10), 10))
        results.append(state(encounter))
    return results
