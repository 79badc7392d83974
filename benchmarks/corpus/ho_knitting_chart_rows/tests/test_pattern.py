from knitchart.chart import Chart
from knitchart.pattern import floats, row_instructions, stitch_counts


def test_instructions_single_row_chart():
    chart = Chart.parse("MMCC")
    assert row_instructions(chart, 1, 8) == "Rnd 1: 2 C, 2 M, 2 C, 2 M"


def test_stitch_counts_single_row_chart():
    assert stitch_counts(Chart.parse("MMMC"), 3, 8) == {"C": 6, "M": 18}


def test_floats_single_row_chart():
    assert floats(Chart.parse("MMMMMC"), 1, 12) == 5
