from mod import pairwise_differences


def test_differences():
    assert pairwise_differences([1, 4, 9, 16]) == [3, 5, 7]


def test_single():
    assert pairwise_differences([7]) == []
