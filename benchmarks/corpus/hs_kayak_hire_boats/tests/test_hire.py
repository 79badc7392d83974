from boathouse.fleet import Group
from boathouse.hire import hand_out, pick_boat, waiting


def test_smallest_boat_that_fits(boats):
    assert pick_boat(boats, Group("ana", 2)).number == 2
    assert pick_boat(boats, Group("ben", 4)).number == 8


def test_boats_out_are_skipped(boats):
    assert pick_boat(boats, Group("ana", 1), out=[1]).number == 7
    assert pick_boat(boats, Group("ana", 4), out=[8]) is None


def test_beginners_get_a_sit_on_top(boats):
    assert pick_boat(boats, Group("cleo", 1, beginners=True), out=[1]).number == 2
    assert pick_boat(boats, Group("dev", 4, beginners=True)) is None


def test_saturday_morning(boats):
    groups = [Group("ana", 2), Group("ben", 1), Group("cleo", 3), Group("dev", 1, beginners=True),
              Group("eli", 2), Group("fay", 3)]
    plan = hand_out(boats, groups)
    assert plan == {"ana": 2, "ben": 1, "cleo": 4, "dev": 3, "eli": 8, "fay": None}
    assert waiting(plan) == ["fay"]
