from initiative.combatants import Combatant
from initiative.effects import apply_condition, expire_conditions


def test_longer_duration_wins():
    ogre = Combatant("Ogre", 10, 59, 59)
    apply_condition(ogre, "frightened", 3, current_round=1)
    apply_condition(ogre, "frightened", 1, current_round=2)
    assert ogre.conditions == {"frightened": 4}


def test_expire_only_what_has_run_out():
    ogre = Combatant("Ogre", 10, 59, 59, conditions={"frightened": 4, "prone": 3})
    assert expire_conditions([ogre], 3) == [("Ogre", "prone")]
    assert ogre.conditions == {"frightened": 4}
