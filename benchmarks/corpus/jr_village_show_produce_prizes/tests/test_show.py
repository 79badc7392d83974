from show import Entry, placings, prize_cards, prize_money

ONIONS = 12  # five onions, dressed
SHALLOTS = 14  # five shallots, pickling size


def test_placed_by_points():
    entries = [
        Entry(4, "Mrs Pike", ONIONS, 15, True),
        Entry(9, "Mr Ames", ONIONS, 17.5, True),
        Entry(2, "Mr Ruddock", ONIONS, 12, True),
        Entry(7, "Ms Okafor", ONIONS, 16, True),
    ]
    assert placings(entries, ONIONS) == [(1, 9), (2, 7), (3, 4)]


def test_equal_points_share_a_place():
    entries = [
        Entry(1, "A", SHALLOTS, 16, True),
        Entry(2, "B", SHALLOTS, 18, True),
        Entry(3, "C", SHALLOTS, 16, True),
        Entry(5, "D", SHALLOTS, 15, True),
    ]
    assert placings(entries, SHALLOTS) == [(1, 2), (2, 1), (2, 3)]


def test_disqualified_plates_are_not_placed():
    entries = [Entry(1, "A", SHALLOTS, 19, True, disqualified=True), Entry(2, "B", SHALLOTS, 11, True)]
    assert placings(entries, SHALLOTS) == [(1, 2)]


def test_visitors_can_be_placed():
    entries = [Entry(31, "Mr Lowe (visitor)", ONIONS, 18, False), Entry(4, "Mrs Pike", ONIONS, 15, True)]
    assert placings(entries, ONIONS) == [(1, 31), (2, 4)]


def test_prize_money_is_for_members_only():
    entries = [
        Entry(31, "Mr Lowe (visitor)", ONIONS, 18, False),
        Entry(4, "Mrs Pike", ONIONS, 15, True),
        Entry(4, "Mrs Pike", SHALLOTS, 17, True),
        Entry(9, "Mr Ames", SHALLOTS, 14, True),
    ]
    assert prize_money(entries) == {"Mrs Pike": 5.00, "Mr Ames": 2.00}


def test_prize_cards():
    entries = [Entry(4, "Mrs Pike", ONIONS, 15, True), Entry(9, "Mr Ames", ONIONS, 17, True)]
    assert prize_cards(entries, {ONIONS: "Five onions, dressed"}) == [
        "Class 12 Five onions, dressed: First, exhibitor 9",
        "Class 12 Five onions, dressed: Second, exhibitor 4",
    ]
