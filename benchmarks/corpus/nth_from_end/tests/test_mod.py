from mod import nth_from_end


def test_last():
    assert nth_from_end([1, 2, 3], 1) == 3


def test_first():
    assert nth_from_end([1, 2, 3], 3) == 1
