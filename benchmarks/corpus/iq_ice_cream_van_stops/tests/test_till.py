from datetime import datetime

from icevan.till import Sale, parse_till


def test_parse_till_skips_voids_and_sorts():
    text = """
2024-07-13 14:05, Screwball, 200
2024-07-13 14:02, 99 Flake, 250
2024-07-13 14:03, 99 Flake, 250, VOID
"""
    assert parse_till(text) == [
        Sale(datetime(2024, 7, 13, 14, 2), "99 Flake", 250),
        Sale(datetime(2024, 7, 13, 14, 5), "Screwball", 200),
    ]


def test_parse_empty_roll():
    assert parse_till("") == []
