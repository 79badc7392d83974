from mod import count_until_negative


def test_stops():
    assert count_until_negative([1, 2, -1, 4]) == 2


def test_all_positive():
    assert count_until_negative([1, 2]) == 2
