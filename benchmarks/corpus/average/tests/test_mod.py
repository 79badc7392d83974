from mod import average


def test_fractional_mean():
    assert average([1, 2]) == 1.5


def test_whole_mean():
    assert average([2, 4, 6]) == 4
