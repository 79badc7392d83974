from frets import chart_lines, slot_chart


def test_first_slots_on_a_classical():
    chart = slot_chart(650.0, 3)
    assert chart[:2] == [(1, 36.48, 36.48), (2, 70.92, 34.43)]


def test_one_row_a_fret():
    chart = slot_chart(648.0, 22)
    assert [row[0] for row in chart] == list(range(1, 23))


def test_twelfth_fret_is_half_the_scale():
    assert slot_chart(648.0, 12)[-1] == (12, 324.0, 19.27)


def test_chart_lines():
    assert chart_lines("classical", 3) == [
        "scale 650.00 mm, 3 frets",
        "fret   from nut   gap",
        "   1      36.48 36.48",
        "   2      70.92 34.43",
        "   3     103.42 32.50",
    ]
