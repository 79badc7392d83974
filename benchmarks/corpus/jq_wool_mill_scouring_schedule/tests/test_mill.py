from datetime import date

from woolmill.lots import Lot


def test_one_lot_in_a_day(mill, monday):
    assert mill.schedule([Lot("L1", "Hill Top", "Swaledale", 380.0)], monday) == [(monday, "L1", 380.0)]


def test_lot_carries_over_to_the_next_day(mill, monday, lots):
    assert mill.schedule(lots, monday) == [
        (date(2024, 7, 8), "L101", 250.0),
        (date(2024, 7, 8), "L102", 150.0),
        (date(2024, 7, 9), "L102", 150.0),
        (date(2024, 7, 9), "L103", 120.5),
    ]


def test_no_scouring_at_the_weekend(mill, lots):
    friday = date(2024, 7, 12)
    assert mill.schedule(lots, friday)[-2:] == [(date(2024, 7, 15), "L102", 150.0), (date(2024, 7, 15), "L103", 120.5)]


def test_shutdown_day_is_skipped(mill, lots):
    assert mill.ready_dates(lots, date(2024, 7, 16)) == {
        "L101": date(2024, 7, 16),
        "L102": date(2024, 7, 18),
        "L103": date(2024, 7, 18),
    }


def test_ready_dates(mill, monday, lots):
    assert mill.ready_dates(lots, monday) == {"L101": monday, "L102": date(2024, 7, 9), "L103": date(2024, 7, 9)}
