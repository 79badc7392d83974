from mod import mean_or_zero


def test_empty():
    assert mean_or_zero([]) == 0


def test_mean():
    assert mean_or_zero([1, 2, 3]) == 2
