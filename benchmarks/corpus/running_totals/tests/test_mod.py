from mod import running_totals


def test_totals():
    assert running_totals([1, 2, 3]) == [1, 3, 6]
