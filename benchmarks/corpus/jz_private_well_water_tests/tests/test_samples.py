from welltest.samples import Sample, read_counter_sheet


def test_read_counter_sheet():
    text = """
# Tuesday counter
W2301 HILLFARM 4 0 6.5
W2302 ROOKERY - - 30
"""
    assert read_counter_sheet(text) == [
        Sample("W2301", "HILLFARM", 4, 0, 6.5),
        Sample("W2302", "ROOKERY", 0, 0, 30.0),
    ]


def test_failed_and_void():
    assert Sample("A", "H", 11, 0, 2).failed
    assert Sample("A", "H", 0, 1, 2).failed
    assert not Sample("A", "H", 10, 0, 2).failed
    assert Sample("A", "H", 0, 0, 24.5).void
    assert not Sample("A", "H", 0, 0, 24).void
