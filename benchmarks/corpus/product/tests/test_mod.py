from mod import product


def test_product():
    assert product([2, 3, 4]) == 24


def test_empty_is_one():
    assert product([]) == 1
