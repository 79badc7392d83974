from mod import last_item


def test_last():
    assert last_item([4, 5, 6]) == 6
