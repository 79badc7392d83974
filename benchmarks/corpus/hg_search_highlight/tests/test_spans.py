from highlight.spans import find_spans, merge_spans


def test_no_match():
    assert find_spans("pasta with tomato sauce", "basil") == []


def test_empty_term():
    assert find_spans("pasta", "") == []


def test_every_occurrence_ignoring_case():
    assert find_spans("Tomato soup, tomato salad", "tomato") == [(0, 6), (13, 19)]


def test_merge_spans():
    assert merge_spans([(5, 9), (0, 3), (3, 4), (8, 12)]) == [(0, 4), (5, 12)]
