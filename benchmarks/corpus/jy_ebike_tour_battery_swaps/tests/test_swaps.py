from ebiketours.riders import read_levels
from ebiketours.swaps import lunch_swaps, swap_slips


def test_nobody_low_nobody_swaps():
    assert lunch_swaps({"Cleo": 80, "Dev": 35}) == ({}, [])


def test_flattest_rider_gets_the_first_spare(lunch_sheet):
    swaps, still_low = lunch_swaps(read_levels(lunch_sheet))
    assert list(swaps.items()) == [("Ben", "SP-03"), ("Ana", "SP-07")]
    assert still_low == []


def test_rack_runs_out(big_group):
    swaps, still_low = lunch_swaps(big_group)
    assert list(swaps.items()) == [("Kit", "SP-03"), ("Gus", "SP-07"), ("Ivy", "SP-08"), ("Fay", "SP-11"), ("Jo", "SP-12")]
    assert still_low == ["Lou", "Hal"]


def test_every_tour_starts_with_a_full_rack():
    first = lunch_swaps({"Ana": 10, "Ben": 20})
    second = lunch_swaps({"Ana": 10, "Ben": 20})
    assert first == second == ({"Ana": "SP-03", "Ben": "SP-07"}, [])


def test_swap_slips():
    assert swap_slips({"Ben": "SP-03", "Ana": "SP-07"}, {"Ana": 30, "Ben": 12}) == [
        "SP-03 <- Ben (in at 12%)",
        "SP-07 <- Ana (in at 30%)",
    ]
