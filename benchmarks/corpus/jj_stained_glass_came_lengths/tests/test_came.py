import pytest

from leadlight.came import cutting_plan, offcuts, run_lengths


def test_plain_panel_is_four_sides():
    assert run_lengths(600, 900) == [600, 600, 900, 900]


def test_grid_panel_runs():
    # two vertical bars, one horizontal bar broken into three pieces
    assert run_lengths(600, 900, vertical_bars=2, horizontal_bars=1) == [600, 600, 900, 900, 900, 900, 200, 200, 200]


def test_runs_that_fit_one_length():
    assert cutting_plan([600, 600, 400]) == [[600, 600, 400]]


def test_longest_runs_are_placed_first():
    assert cutting_plan([700, 1200, 900, 600]) == [[1200, 700], [900, 600]]


def test_first_fit_decreasing_saves_a_length():
    runs = [300, 300, 1650, 1650]
    assert len(cutting_plan(runs)) == 2


def test_run_too_long_for_stock():
    with pytest.raises(ValueError):
        cutting_plan([2100])


def test_offcuts():
    assert offcuts([[1200, 700], [900, 600]]) == [90, 490]
