from mod import has_negative


def test_found():
    assert has_negative([3, -1, 2])


def test_none():
    assert not has_negative([1, 2])
