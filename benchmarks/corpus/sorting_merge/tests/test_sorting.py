from sorting import merge, merge_sort


def test_merge_interleaved():
    assert merge([1, 3, 5], [2, 4, 6]) == [1, 2, 3, 4, 5, 6]


def test_merge_keeps_leftovers():
    assert merge([1, 2], [3, 4, 5]) == [1, 2, 3, 4, 5]


def test_sort():
    assert merge_sort([5, 2, 9, 1, 5, 6]) == [1, 2, 5, 5, 6, 9]


def test_sort_is_stable():
    rows = [("b", 1), ("a", 2), ("b", 0), ("a", 1)]
    assert merge_sort(rows, key=lambda r: r[0]) == [("a", 2), ("a", 1), ("b", 1), ("b", 0)]
