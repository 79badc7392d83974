import pytest

from knitchart.chart import Chart


def test_ragged_chart_rejected():
    with pytest.raises(ValueError):
        Chart.parse("MMC\nMC\n")


def test_colours(peerie):
    assert peerie.colours() == ["C", "M"]


def test_first_row_is_the_bottom_line(peerie):
    assert peerie.row(1) == "CMMMMM"


def test_chart_repeats_upwards(peerie):
    assert peerie.row(4) == "MMMCMM"
    assert peerie.row(5) == peerie.row(1)


def test_stitch_repeats_across(peerie):
    assert peerie.stitch(1, 1) == "C"
    assert peerie.stitch(1, 7) == "C"
    assert peerie.stitch(2, 2) == "C"
