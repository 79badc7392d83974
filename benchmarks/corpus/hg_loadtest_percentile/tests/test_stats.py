import pytest

from loadtest.stats import mean, percentile


def test_mean():
    assert mean([10, 20, 60]) == 30


def test_median_of_even_count():
    assert percentile([40, 10, 30, 20], 50) == 25


def test_extremes():
    values = [12.5, 3.0, 7.25, 99.0]
    assert percentile(values, 0) == 3.0
    assert percentile(values, 100) == 99.0


def test_single_value():
    assert percentile([42.0], 95) == 42.0


@pytest.mark.parametrize("pct", [-1, 101])
def test_out_of_range(pct):
    with pytest.raises(ValueError):
        percentile([1, 2, 3], pct)


def test_empty():
    with pytest.raises(ValueError):
        percentile([], 50)
