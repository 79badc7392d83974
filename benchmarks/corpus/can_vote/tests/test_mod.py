from mod import can_vote


def test_registered_adult():
    assert can_vote(30, True)


def test_unregistered_adult():
    assert not can_vote(30, False)


def test_registered_child():
    assert not can_vote(12, True)
