from datetime import timedelta

from icevan.stops import busiest_stop, group_stops, stop_summary
from icevan.till import parse_till

SATURDAY = parse_till("""
2024-07-13 13:30, 99 Flake, 250
2024-07-13 13:31, Lolly, 120
2024-07-13 13:36, 99 Flake, 250
2024-07-13 14:10, Slush, 180
2024-07-13 14:12, 99 Flake, 250
2024-07-13 14:15, 99 Flake, 250
2024-07-13 14:15, Tub, 300
2024-07-13 15:00, Lolly, 120
""")


def test_three_stops():
    stops = group_stops(SATURDAY)
    assert [len(stop) for stop in stops] == [3, 4, 1]


def test_summary():
    assert stop_summary(SATURDAY)[:2] == [
        {"from": "13:30", "to": "13:36", "sales": 3, "pence": 620},
        {"from": "14:10", "to": "14:15", "sales": 4, "pence": 980},
    ]


def test_wider_gap_joins_stops():
    stops = group_stops(SATURDAY, gap=timedelta(minutes=40))
    assert [len(stop) for stop in stops] == [7, 1]


def test_busiest_stop():
    assert busiest_stop(SATURDAY) == "14:10"


def test_rained_off():
    assert group_stops([]) == []
    assert busiest_stop([]) is None
