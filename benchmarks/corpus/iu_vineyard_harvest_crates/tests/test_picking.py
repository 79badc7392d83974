import pytest

from harvest.blocks import Block
from harvest.picking import BlockPlan, crew_hours, plan_day, trailer_trips


def test_only_ripe_blocks_are_planned(vineyard):
    assert [plan.block for plan in plan_day(vineyard, pickers=8)] == ["Top Slope", "Church Field"]


def test_plan_for_a_block(top_slope):
    assert plan_day([top_slope], pickers=8) == [BlockPlan("Top Slope", 2376.0, 198, 7.0)]


def test_a_part_filled_crate_still_needs_a_crate(church_field):
    plan = plan_day([church_field], pickers=8)[0]
    assert plan.kg == 1782.0
    assert plan.crates == 149


def test_small_block():
    block = Block("Walled Garden", "Ortega", rows=4, vines_per_row=25, kg_per_vine=0.8, ripe=True)
    assert plan_day([block], pickers=3) == [BlockPlan("Walled Garden", 80.0, 7, 1.0)]


def test_crew_hours_round_up_to_half_hours(vineyard):
    plans = plan_day(vineyard, pickers=12)
    assert [plan.hours for plan in plans] == [4.5, 3.5]
    assert crew_hours(plans) == 8.0


def test_trailer_trips(vineyard):
    assert trailer_trips(plan_day(vineyard, pickers=8)) == 10
    assert trailer_trips([]) == 0


def test_no_pickers(vineyard):
    with pytest.raises(ValueError):
        plan_day(vineyard, pickers=0)
