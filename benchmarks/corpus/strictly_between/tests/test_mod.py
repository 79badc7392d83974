from mod import is_between


def test_bounds_included():
    assert is_between(1, 1, 5)
    assert is_between(5, 1, 5)


def test_outside():
    assert not is_between(6, 1, 5)
