from mod import range_size


def test_size():
    assert range_size(3, 7) == 5
