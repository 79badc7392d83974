from mod import first_even


def test_first():
    assert first_even([1, 4, 6, 7]) == 4


def test_none():
    assert first_even([1, 3]) is None
