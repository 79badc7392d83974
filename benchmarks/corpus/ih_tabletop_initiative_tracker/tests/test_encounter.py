import random

import pytest

from initiative.combatants import Combatant, damage, heal, roll_initiative
from initiative.effects import apply_condition
from initiative.encounter import EncounterOver


def turns(encounter, count):
    return [encounter.next_turn().name for _ in range(count)]


def test_initiative_order(encounter):
    assert [c.name for c in encounter.order] == ["Aria", "Goblin A", "Borin", "Goblin B"]


def test_nobody_has_acted_before_the_first_turn(encounter):
    assert encounter.current is None
    assert encounter.next_turn().name == "Aria"


def test_turns_follow_the_order(encounter):
    assert turns(encounter, 4) == ["Aria", "Goblin A", "Borin", "Goblin B"]
    assert encounter.round == 1


def test_second_round_starts_from_the_top(encounter):
    assert turns(encounter, 6) == ["Aria", "Goblin A", "Borin", "Goblin B", "Aria", "Goblin A"]
    assert encounter.round == 2


def test_downed_goblin_loses_its_turns(encounter, party):
    damage(party["Goblin A"], 9)
    assert turns(encounter, 4) == ["Aria", "Borin", "Goblin B", "Aria"]


def test_healed_ally_is_back_in_the_fight(encounter, party):
    damage(party["Borin"], 40)
    assert turns(encounter, 3) == ["Aria", "Goblin A", "Goblin B"]
    heal(party["Borin"], 5)
    assert party["Borin"].hp == 5
    assert turns(encounter, 3) == ["Aria", "Goblin A", "Borin"]


def test_hold_person_wears_off_next_round(encounter, party):
    encounter.next_turn()
    apply_condition(party["Borin"], "paralysed", rounds=1, current_round=encounter.round)
    turns(encounter, 4)
    assert party["Borin"].conditions == {}
    assert encounter.log == ["round 2: Borin is no longer paralysed"]


def test_everyone_down(encounter, party):
    for combatant in party.values():
        damage(combatant, 100)
    with pytest.raises(EncounterOver):
        encounter.next_turn()


def test_late_arrival_does_not_steal_the_turn(encounter):
    turns(encounter, 2)
    encounter.add(Combatant("Wolf", initiative=17, hp=11, max_hp=11, dex=2))
    assert encounter.current.name == "Goblin A"
    assert turns(encounter, 3) == ["Borin", "Goblin B", "Aria"]


def test_roll_initiative_adds_dexterity():
    rng = random.Random(1)
    expected = random.Random(1).randint(1, 20) + 3
    assert roll_initiative("Aria", 3, 24, rng).initiative == expected
