import math

import pytest

from stats import describe, histogram, mean, median, mode, moving_average, percentile, stdev, zscores


def test_mean_and_median():
    assert mean([1, 2, 3, 4]) == 2.5
    assert median([5, 1, 3]) == 3
    assert median([4, 1, 3, 2]) == 2.5


def test_mean_of_nothing():
    with pytest.raises(ValueError):
        mean([])


def test_mode_prefers_smallest_tie():
    assert mode([3, 1, 3, 1, 2]) == 1


def test_stdev():
    assert math.isclose(stdev([2, 4, 4, 4, 5, 5, 7, 9]), 2.138, rel_tol=1e-3)


def test_percentile_ends():
    assert percentile([10, 20, 30], 0) == 10
    assert percentile([10, 20, 30], 100) == 30


def test_percentile_median():
    assert percentile([1, 2, 3, 4, 5], 50) == 3
    assert percentile([1, 2, 3, 4], 25) == 1.75


def test_zscores():
    scores = zscores([2, 4, 6])
    assert scores == pytest.approx([-1.0, 0.0, 1.0])


def test_zscores_of_constant_data():
    assert zscores([5, 5, 5]) == [0.0, 0.0, 0.0]


def test_moving_average():
    assert moving_average([1, 2, 3, 4, 5], 2) == [1.5, 2.5, 3.5, 4.5]


def test_histogram():
    assert histogram([1, 2, 2, 3, 10], 3) == [4, 0, 1]


def test_describe():
    summary = describe([3, 1, 2])
    assert summary["count"] == 3 and summary["median"] == 2
