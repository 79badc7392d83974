from rope import make_cuts, offcut_reels, plan_cuts


def test_longest_first_from_the_shortest_reel_that_covers_it(nylon_reels, saturday_orders):
    assert plan_cuts(saturday_orders, nylon_reels) == [
        ("Sea Scouts", 50.0, "N1"),
        ("Harbour Master", 30.0, "N2"),
        ("Mrs Penrose", 8.0, "N3"),
    ]


def test_no_reel_long_enough(nylon_reels):
    assert plan_cuts([("Trawler Girl Rose", 220.0)], nylon_reels) == [("Trawler Girl Rose", 220.0, None)]


def test_cut_allowance_is_counted(nylon_reels):
    # 12 m needs 12.2 m off the reel, more than N3 has
    assert plan_cuts([("Dinghy Park", 12.0)], nylon_reels) == [("Dinghy Park", 12.0, "N2")]


def test_planning_leaves_the_stock_alone(nylon_reels, saturday_orders):
    plan_cuts(saturday_orders, nylon_reels)
    assert nylon_reels == {"N1": 220.0, "N2": 46.5, "N3": 12.0}


def test_cutting_the_plan(nylon_reels, saturday_orders):
    plan = plan_cuts(saturday_orders, nylon_reels)
    assert make_cuts(plan, nylon_reels) == {"N1": 169.8, "N2": 16.3, "N3": 3.8}


def test_offcut_reels():
    assert offcut_reels({"N1": 169.8, "N2": 1.5, "N3": 0.4, "N4": 2.0}) == ["N3", "N2"]
