from ranking import ranking


def test_week_one_ranking(round_one):
    places = [(place, climber) for place, climber, _ in ranking(list(round_one.values()))]
    assert places == [(1, "Jonas"), (2, "Priya"), (3, "Maya"), (4, "Sam")]


def test_fewer_attempts_to_top_breaks_a_tie(make_card):
    ana = make_card("Ana", B1="zone fall top")
    ben = make_card("Ben", B1="zone fall fall top")
    assert [climber for _, climber, _ in ranking([ben, ana])] == ["Ana", "Ben"]


def test_level_climbers_share_a_place(make_card):
    cards = [make_card("Cy", B2="fall zone"), make_card("Di", B2="fall zone"), make_card("Ed", B2="fall fall")]
    assert [(place, climber) for place, climber, _ in ranking(cards)] == [(1, "Cy"), (1, "Di"), (3, "Ed")]
