import pytest

from kiln import Load, drying_schedule, plan_loads
from pokes import Poke


def fuggles(*weights):
    return [Poke("Long Acre", "Fuggle", kg) for kg in weights]


def test_one_variety_fills_a_kiln_then_starts_the_next():
    loads = plan_loads(fuggles(300, 300, 250, 200))
    assert [load.kg for load in loads] == [850, 200]


def test_a_poke_is_never_split():
    loads = plan_loads(fuggles(450, 400, 100))
    assert [[poke.kg for poke in load.pokes] for load in loads] == [[450, 400], [100]]


def test_a_full_kiln_takes_exactly_its_capacity():
    assert [load.kg for load in plan_loads(fuggles(450, 450, 10))] == [900, 10]


def test_oversize_poke_is_refused():
    with pytest.raises(ValueError, match="Long Acre"):
        plan_loads(fuggles(950))


def test_goldings_after_fuggles_go_on_a_fresh_kiln():
    pokes = fuggles(300, 200) + [Poke("Church Field", "Goldings", 250), Poke("Church Field", "Goldings", 300)]
    loads = plan_loads(pokes)
    assert [(load.variety, load.kg) for load in loads] == [("Fuggle", 500), ("Goldings", 550)]


def test_drying_schedule_uses_both_kilns():
    loads = [Load("Goldings", fuggles(800)), Load("Fuggle", fuggles(700)), Load("Challenger", fuggles(600))]
    assert drying_schedule(loads, kilns=2) == [
        (1, "Goldings", 6, 16),
        (2, "Fuggle", 6, 15),
        (2, "Challenger", 15, 23),
    ]
