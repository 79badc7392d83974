from mod import largest


def test_largest():
    assert largest([3, 8, 1]) == 8
