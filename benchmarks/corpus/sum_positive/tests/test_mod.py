from mod import sum_positive


def test_mixed():
    assert sum_positive([3, -2, 5]) == 8
