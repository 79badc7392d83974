from jobs import PrintJob


def test_simplex_sheets():
    assert PrintJob("x", pages=7, copies=3).sheets == 21


def test_duplex_rounds_up_odd_pages():
    assert PrintJob("x", pages=5, copies=2, duplex=True).sheets == 6
