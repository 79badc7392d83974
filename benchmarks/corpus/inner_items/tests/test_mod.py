from mod import inner_items


def test_drops_ends():
    assert inner_items([1, 2, 3, 4]) == [2, 3]


def test_short():
    assert inner_items([1, 2]) == []
