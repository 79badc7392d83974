import pytest

from cinema.hall import Hall, SoldOut


def test_free_blocks(hall):
    assert hall.free_blocks("A", 2) == [3, 4, 5]
    assert hall.free_blocks("A", 4) == [3]
    assert hall.free_blocks("B", 4) == []


def test_block_at_the_end_of_a_row(hall):
    assert hall.free_blocks("B", 3) == [6]
    assert hall.free_blocks("D", 1) == [8]


def test_best_seats_near_the_middle(hall):
    assert hall.best_seats(2) == ["B6", "B7"]
    assert hall.best_seats(3) == ["C3", "C4", "C5"]
    assert str(hall).splitlines()[1:3] == ["B: ..XXXXX.", "C: X.XXX..."]


def test_sold_out(hall):
    with pytest.raises(SoldOut):
        hall.best_seats(8)


def test_party_of_nobody(hall):
    with pytest.raises(ValueError):
        hall.free_blocks("A", 0)
