from mod import in_range


def test_inside():
    assert in_range(5, 1, 10)


def test_outside():
    assert not in_range(11, 1, 10)
    assert not in_range(0, 1, 10)
