import pytest

from guttering.quote import quote, run_parts


def test_short_run_over_a_porch():
    assert run_parts(3200, outlets=1) == {"length": 1, "union": 0, "bracket": 5, "stop_end": 2, "outlet": 1}


def test_long_run_is_joined_from_stock_lengths():
    parts = run_parts(9000, outlets=1)
    assert (parts["length"], parts["union"]) == (3, 2)


def test_run_turning_a_corner_has_one_stop_end():
    assert run_parts(4000, outlets=0, open_ends=1)["stop_end"] == 1


def test_run_needs_a_length():
    with pytest.raises(ValueError):
        run_parts(0, outlets=1)


def test_small_job_pays_minimum_labour(prices):
    job = quote([(3200, 1, 0)], [2400], prices)
    assert job["labour"] == 85.00
    assert job["total"] == 138.40


def test_terrace_house_labour_and_downpipes(prices, terrace_house):
    runs, drops = terrace_house
    job = quote(runs, drops, prices)
    assert job["labour"] == 126.90
    assert job["parts"]["downpipe"] == 6
    assert job["parts"]["outlet"] == 2
