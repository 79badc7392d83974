from pressings import Pressing
from vessels import fill_vessels, labels, shares


def test_small_pressing_fills_one_vessel():
    assert fill_vessels([Pressing("Marsh", "dessert", 20)], 23) == [[("Marsh", 11)]]


def test_juice_runs_on_into_the_next_vessel(saturday):
    assert fill_vessels(saturday, 23) == [
        [("Hollis", 20), ("Marsh", 3)],
        [("Marsh", 8), ("Okafor", 15)],
        [("Hollis", 4)],
    ]


def test_labels(saturday):
    assert labels(fill_vessels(saturday, 23)) == [
        "Vessel 1: Hollis 20 L, Marsh 3 L",
        "Vessel 2: Marsh 8 L, Okafor 15 L",
        "Vessel 3: Hollis 4 L",
    ]


def test_everyone_keeps_their_share(saturday):
    assert shares(fill_vessels(saturday, 23)) == {"Hollis": 24, "Marsh": 11, "Okafor": 15}


def test_no_pressings():
    assert fill_vessels([], 23) == []
