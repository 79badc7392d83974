from mod import count_up


def test_one_to_three():
    assert count_up(3) == [1, 2, 3]


def test_nothing():
    assert count_up(0) == []
