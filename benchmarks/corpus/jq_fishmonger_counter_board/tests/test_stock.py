from datetime import date

from fishcounter.stock import Box, days_between, read_market_note


def test_read_market_note():
    note = """
Cod, 6, £84.00, 2024-11-14
MACKEREL, 4.5, 22.50, 2024-11-13
"""
    assert read_market_note(note) == [
        Box("cod", 6.0, 8400, date(2024, 11, 14)),
        Box("mackerel", 4.5, 2250, date(2024, 11, 13)),
    ]


def test_days_between():
    assert days_between(date(2024, 11, 10), date(2024, 11, 14)) == 4
