import pytest

from initiative.combatants import Combatant
from initiative.encounter import Encounter


@pytest.fixture
def party():
    return {
        "Aria": Combatant("Aria", initiative=18, hp=24, max_hp=24, dex=3),
        "Borin": Combatant("Borin", initiative=15, hp=30, max_hp=30, dex=0),
        "Goblin A": Combatant("Goblin A", initiative=15, hp=7, max_hp=7, dex=2),
        "Goblin B": Combatant("Goblin B", initiative=8, hp=7, max_hp=7, dex=2),
    }


@pytest.fixture
def encounter(party):
    return Encounter(list(party.values()))
