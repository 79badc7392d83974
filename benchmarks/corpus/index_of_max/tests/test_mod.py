from mod import index_of_max


def test_max_in_middle():
    assert index_of_max([3, 9, 4]) == 1


def test_single():
    assert index_of_max([5]) == 0
