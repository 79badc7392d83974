from ferry.loading import lane_counts, plan_lanes
from ferry.vehicles import Vehicle


def test_default_lengths():
    assert Vehicle("X", "van").deck_length == 6.5
    assert Vehicle("Y", "car", 4.2).deck_length == 4.2


def test_everything_fits_on_a_long_deck(morning_sailing):
    placed, left = plan_lanes(morning_sailing, 3, 100.0)
    assert left == []
    assert len(placed) == 6


def test_empty_sailing():
    assert plan_lanes([], 4, 40.0) == ({}, [])


def test_lorry_too_long_for_the_deck():
    assert plan_lanes([Vehicle("LR9", "lorry", 30.0)], 2, 25.0) == ({}, ["LR9"])


def test_short_deck(morning_sailing):
    placed, left = plan_lanes(morning_sailing, 3, 20.0)
    assert placed == {"LR01": 0, "CA01": 1, "CA02": 1, "VN01": 1, "MB01": 0}
    assert left == ["LR02"]


def test_lane_counts():
    assert lane_counts({"A": 0, "B": 2, "C": 2}, 4) == [1, 0, 2, 0]
