import pytest

from planetarium.dome import MINI_DOME, STAR_DOME, Dome


def test_capacity():
    assert STAR_DOME.capacity == 56
    assert MINI_DOME.capacity == 20


def test_labels_skip_i_and_o():
    dome = Dome("Tall", (2,) * 10)
    assert [dome.label(row, 1) for row in range(10)] == ["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "J1", "K1"]


def test_no_such_seat():
    with pytest.raises(IndexError):
        MINI_DOME.label(0, 7)


def test_a_dome_needs_rows():
    with pytest.raises(ValueError):
        Dome("Empty", ())
