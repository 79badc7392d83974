from printshop.jobs import Job


def test_sheets():
    assert Job("ana", 10).sheets == 10
    assert Job("ana", 10, copies=3).sheets == 30


def test_duplex_rounds_up():
    assert Job("ana", 5, duplex=True).sheets == 3
