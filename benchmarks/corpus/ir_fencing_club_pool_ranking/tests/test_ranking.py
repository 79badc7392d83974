import pytest

from pools.ranking import places, pool_ranking, through_to_elimination
from pools.sheet import parse_sheet

POOL = """
Ames 5-4 Baker
Chen 3-5 Ames
Dutta 4-5 Ames
Baker 5-0 Chen
Dutta 1-5 Baker
Chen 5-2 Dutta
"""


def test_row_for_a_fencer():
    ames = pool_ranking(parse_sheet(POOL))[0]
    assert (ames.name, ames.bouts, ames.victories, ames.ratio) == ("Ames", 3, 3, 1.0)
    assert (ames.scored, ames.received, ames.indicator) == (15, 11, 4)


def test_two_fencers():
    rows = pool_ranking(parse_sheet("Baker 5-2 Ames"))
    assert [r.name for r in rows] == ["Baker", "Ames"]


def test_indicator_breaks_a_tie_on_victories():
    sheet = "Ames 5-4 Baker\nBaker 5-0 Chen\nChen 5-4 Ames"
    assert [r.name for r in pool_ranking(parse_sheet(sheet))] == ["Baker", "Ames", "Chen"]


def test_victories_come_before_indicator():
    rows = pool_ranking(parse_sheet(POOL))
    assert [r.name for r in rows] == ["Ames", "Baker", "Chen", "Dutta"]
    assert rows[1].ratio == pytest.approx(2 / 3)


def test_level_fencers_share_a_place():
    sheet = "Ames 5-3 Baker\nBaker 5-3 Ames"
    assert places(pool_ranking(parse_sheet(sheet))) == {"Ames": 1, "Baker": 1}


def test_bottom_of_the_ranking_goes_out():
    rows = pool_ranking(parse_sheet(POOL))
    assert through_to_elimination(rows, cut=0.25) == ["Ames", "Baker", "Chen"]
    assert len(through_to_elimination(rows)) == 4
