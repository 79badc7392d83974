from mod import sum_to


def test_sum():
    assert sum_to(4) == 10


def test_zero():
    assert sum_to(0) == 0
