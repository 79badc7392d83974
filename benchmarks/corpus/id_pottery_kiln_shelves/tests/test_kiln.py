from studio.kiln import Kiln
from studio.pieces import Piece


def mug(name, glazed=False):
    return Piece("ana", name, 10, glazed)


def test_small_load_on_one_shelf():
    plan = Kiln().plan([mug("a"), mug("b"), mug("c")])
    assert plan.shelves == [["ana/a", "ana/b", "ana/c"]]
    assert plan.left_out == []


def test_next_shelf_when_full():
    pieces = [Piece("ben", "bowl", 25), Piece("ben", "plate", 20)]
    plan = Kiln().plan(pieces)
    assert plan.shelves == [["ben/bowl"], ["ben/plate"]]


def test_glazed_pieces_need_a_gap():
    plan = Kiln().plan([mug(str(n), glazed=True) for n in range(4)])
    assert plan.shelves_used == 2


def test_too_wide_for_the_kiln():
    plan = Kiln().plan([Piece("cy", "platter", 45), mug("a")])
    assert plan.left_out == ["cy/platter"]
    assert plan.shelves == [["ana/a"]]


def test_fits():
    assert Kiln(shelf_count=1).fits([mug("a"), mug("b")])
