from railcoach.booking import free_seats, pick_pair, pick_seat


def test_free_seats():
    assert free_seats(set(range(1, 63))) == [63, 64]


def test_pick_any_seat():
    assert pick_seat({1, 2}) == 3


def test_pick_window():
    assert pick_seat({1}, place="window") == 4


def test_pick_pair():
    assert pick_pair({1, 4}) == (5, 6)


def test_no_pair_left():
    assert pick_pair(set(range(1, 64))) is None
