import pytest

from cutlist.plan import CutPlan, plan


def test_short_pieces_share_a_board():
    cut_plan = CutPlan(2400)
    assert cut_plan.place("leg", 700) == 0
    assert cut_plan.place("leg", 700) == 0
    assert cut_plan.offcuts() == [994]


def test_piece_longer_than_the_stock():
    with pytest.raises(ValueError):
        CutPlan(2400).place("beam", 2500)


def test_bookcase(bookcase):
    cut_plan = plan(bookcase, 2400)
    assert [len(board.cuts) for board in cut_plan.boards] == [1, 1, 3, 2]
    assert cut_plan.offcuts() == [597, 597, 71, 874]


def test_the_kerf_is_allowed_for():
    cut_plan = CutPlan(2400)
    cut_plan.place("door", 1200)
    assert cut_plan.place("door", 1196) == 1
    assert cut_plan.offcuts() == [1197, 1201]
