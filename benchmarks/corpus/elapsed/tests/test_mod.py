from mod import elapsed


def test_forward():
    assert elapsed(10, 25) == 15
