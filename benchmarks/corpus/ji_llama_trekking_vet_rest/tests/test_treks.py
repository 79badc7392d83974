from datetime import date

import pytest

from llamatrek.herd import Herd, Llama
from llamatrek.treks import Walker, leaders, plan


def test_children_walk_beside_a_grown_up(family_and_friends):
    assert [walker.name for walker in leaders(family_and_friends)] == ["Sue", "Amy", "Raj"]


def test_eldest_child_leads_in_a_children_only_booking():
    walkers = [Walker("Kit", 8, "B200"), Walker("Max", 10, "B200")]
    assert [walker.name for walker in leaders(walkers)] == ["Max"]


def test_plan(herd, family_and_friends):
    assert plan(herd, date(2024, 6, 5), family_and_friends) == {"Sue": "Bramble", "Amy": "Dolly", "Raj": "Gizmo"}


def test_vet_rest_set_in_the_spring_is_over_by_summer(herd, family_and_friends):
    herd.rest("Bramble", date(2024, 3, 1), date(2024, 3, 14))
    herd.rest("Dolly", date(2024, 7, 1), date(2024, 7, 3))
    assert plan(herd, date(2024, 6, 20), family_and_friends) == {"Sue": "Bramble", "Amy": "Dolly", "Raj": "Gizmo"}


def test_not_enough_llamas():
    herd = Herd([Llama("Dolly", date(2015, 4, 2))])
    with pytest.raises(ValueError):
        plan(herd, date(2024, 6, 5), [Walker("Sue", 44, "B101"), Walker("Raj", 35, "B102")])
