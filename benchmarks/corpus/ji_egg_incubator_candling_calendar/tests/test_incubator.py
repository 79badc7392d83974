from datetime import date

from incubator import Tray, calendar, hatch_due, hatching_between


def test_hatch_due():
    assert hatch_due(Tray("top", "chicken", date(2024, 3, 1), 24)) == date(2024, 3, 22)
    assert hatch_due(Tray("bottom", "duck", date(2024, 3, 1), 12)) == date(2024, 3, 29)


def test_first_fortnight_of_a_new_tray():
    tray = Tray("top", "chicken", date(2024, 3, 1), 24)
    assert calendar([tray], date(2024, 3, 1), days=15) == [
        (date(2024, 3, 8), "top", "candle"),
        (date(2024, 3, 15), "top", "candle"),
    ]


def test_quail_candled_earlier():
    tray = Tray("quail box", "quail", date(2024, 5, 10), 40)
    assert calendar([tray], date(2024, 5, 10), days=21) == [
        (date(2024, 5, 15), "quail box", "candle"),
        (date(2024, 5, 22), "quail box", "candle"),
        (date(2024, 5, 24), "quail box", "lockdown"),
        (date(2024, 5, 27), "quail box", "hatch due"),
        (date(2024, 5, 30), "quail box", "clear out"),
    ]


def test_week_ahead_with_trays_set_on_different_days():
    trays = [
        Tray("top", "chicken", date(2024, 3, 1), 24),
        Tray("bottom", "duck", date(2024, 3, 8), 12),
    ]
    assert calendar(trays, date(2024, 3, 15)) == [
        (date(2024, 3, 15), "top", "candle"),
        (date(2024, 3, 15), "bottom", "candle"),
        (date(2024, 3, 19), "top", "lockdown"),
    ]


def test_brooder_places():
    trays = [
        Tray("top", "chicken", date(2024, 3, 1), 24),
        Tray("bottom", "duck", date(2024, 3, 1), 12),
        Tray("cabinet", "bantam", date(2024, 3, 4), 30),
    ]
    assert hatching_between(trays, date(2024, 3, 22), date(2024, 3, 28)) == 54
