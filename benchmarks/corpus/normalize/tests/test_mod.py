from mod import normalize


def test_sums_to_one():
    assert normalize([1, 3]) == [0.25, 0.75]
