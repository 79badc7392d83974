from diving.meet import best_dive, standings, total


def test_total():
    assert total([([6.0, 6.0, 6.5, 6.5, 7.0], 2.0), ([5.0, 5.5, 5.5, 6.0, 6.0], 2.4)]) == 78.8


def test_standings():
    divers = {
        "Kim": [([7.0, 7.0, 7.0, 7.0, 7.0], 2.0)],
        "Ada": [([6.5, 7.0, 7.0, 7.5, 8.0], 2.0)],
        "Lou": [([5.0, 5.0, 5.0, 5.0, 5.0], 2.0)],
    }
    assert standings(divers) == [("Ada", 43.0), ("Kim", 42.0), ("Lou", 30.0)]


def test_best_dive():
    assert best_dive([([6.0] * 5, 2.0), ([6.0] * 5, 3.0), ([8.0] * 5, 2.0)]) == 1
