from mod import sum_of_squares


def test_small_list():
    assert sum_of_squares([1, 2, 3]) == 14


def test_empty():
    assert sum_of_squares([]) == 0
