import pytest

from planetarium.dome import MINI_DOME, STAR_DOME
from planetarium.seating import SeatingPlan


def test_parties_fill_the_front_row():
    plan = SeatingPlan(STAR_DOME)
    assert plan.seat_party("Ng", 3) == ["A1", "A2", "A3"]
    assert plan.seat_party("Ruiz", 2) == ["A4", "A5"]
    assert plan.empty_seats() == 51


def test_a_party_that_does_not_fit_starts_the_next_row():
    plan = SeatingPlan(MINI_DOME)
    plan.seat_all([("Ng", 4), ("Ruiz", 3), ("Okoro", 2)])
    assert plan.seats["Ruiz"] == ["B1", "B2", "B3"]
    assert plan.seats["Okoro"] == ["B4", "B5"]


def test_a_party_filling_a_row_exactly():
    plan = SeatingPlan(MINI_DOME)
    plan.seat_all([("Ng", 6), ("Ruiz", 6)])
    assert plan.seats == {"Ng": ["A1", "A2", "A3", "A4", "A5", "A6"], "Ruiz": ["B1", "B2", "B3", "B4", "B5", "B6"]}


def test_a_party_too_big_for_any_row():
    plan = SeatingPlan(MINI_DOME)
    assert plan.seat_party("School trip", 9) == []
    assert plan.seat_party("Ng", 2) == ["A1", "A2"]
    assert plan.turned_away == ["School trip"]


def test_turned_away_when_full():
    plan = SeatingPlan(MINI_DOME)
    plan.seat_all([("Ng", 5), ("Ruiz", 5), ("Okoro", 7), ("Ali", 2)])
    assert plan.turned_away == ["Ali"]
    assert plan.empty_seats() == 3


def test_party_sizes_and_names():
    plan = SeatingPlan(MINI_DOME)
    with pytest.raises(ValueError):
        plan.seat_party("Ng", 0)
    plan.seat_party("Ng", 2)
    with pytest.raises(ValueError):
        plan.seat_party("Ng", 2)
