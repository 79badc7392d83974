from datetime import datetime

from boutique.fittings import Fitting


def test_ends_after_the_kinds_duration():
    fitting = Fitting("F001", "Amy Lewis", "consultation", datetime(2024, 9, 7, 10, 0))
    assert fitting.ends == datetime(2024, 9, 7, 11, 30)
    assert fitting.deposit == 0.0


def test_overlaps():
    fitting = Fitting("F001", "Amy Lewis", "first fitting", datetime(2024, 9, 7, 11, 0))
    assert fitting.overlaps(datetime(2024, 9, 7, 11, 30), datetime(2024, 9, 7, 12, 30))
    assert not fitting.overlaps(datetime(2024, 9, 7, 12, 0), datetime(2024, 9, 7, 13, 0))
    assert not fitting.overlaps(datetime(2024, 9, 7, 10, 0), datetime(2024, 9, 7, 11, 0))
