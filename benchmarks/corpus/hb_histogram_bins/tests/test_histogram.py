import pytest

from statlite.histogram import bin_counts, bin_edges
from statlite.render import text_histogram


def test_edges():
    assert bin_edges(0, 10, 4) == [0, 2.5, 5, 7.5, 10]


def test_every_value_is_counted():
    values = [1, 2, 2, 3, 3, 3, 4, 4, 5]
    counts = bin_counts(values, 4)
    assert sum(counts) == len(values)
    assert counts == [1, 2, 3, 3]


def test_values_outside_the_range_are_ignored():
    assert bin_counts([-1, 0.5, 1.5, 2.5, 9], 3, lo=0, hi=3) == [1, 1, 1]


def test_empty():
    assert bin_counts([], 3) == [0, 0, 0]
    assert text_histogram([]) == []


def test_needs_a_bin():
    with pytest.raises(ValueError):
        bin_counts([1, 2], 0)
