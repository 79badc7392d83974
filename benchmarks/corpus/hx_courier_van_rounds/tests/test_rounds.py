import pytest

from courier.parcels import Parcel
from courier.rounds import districts, plan_rounds


def test_everything_fits_in_one_van(parcels):
    assert plan_rounds(parcels, capacity_grams=50_000) == [["P104", "P105", "P102", "P103", "P101"]]


def test_round_visits_districts_in_order(parcels):
    [round_] = plan_rounds(parcels, capacity_grams=50_000)
    assert districts(parcels, round_) == ["LS1", "LS2", "LS6"]


def test_van_holds_at_most_max_parcels(parcels):
    assert plan_rounds(parcels, capacity_grams=50_000, max_parcels=2) == [
        ["P104", "P105"], ["P102", "P103"], ["P101"],
    ]


def test_van_can_be_loaded_to_capacity():
    parcels = [Parcel("A", "M1 1AA", 6000), Parcel("B", "M1 2BB", 4000), Parcel("C", "M2 1CC", 500)]
    assert plan_rounds(parcels, capacity_grams=10_000) == [["A", "B"], ["C"]]


def test_every_van_is_filled():
    parcels = [Parcel(f"X{n}", f"M{n} 1AA", 3000) for n in range(1, 7)]
    assert plan_rounds(parcels, capacity_grams=7000) == [["X1", "X2"], ["X3", "X4"], ["X5", "X6"]]


def test_parcel_too_heavy_for_any_van(parcels):
    with pytest.raises(ValueError):
        plan_rounds(parcels, capacity_grams=10_000)
