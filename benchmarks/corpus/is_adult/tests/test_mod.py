from mod import is_adult


def test_boundary():
    assert is_adult(18)


def test_child():
    assert not is_adult(12)
