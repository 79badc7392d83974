from datetime import date

from hauls import Haul, landed_by_day, read_log


def test_read_log():
    text = """
    2024-06-03 KETTLE 40 7 12   # swell from the west
    2024-06-03 LEDGES 30 2 9

    """
    assert read_log(text) == [
        Haul(date(2024, 6, 3), "KETTLE", 40, 7, 12),
        Haul(date(2024, 6, 3), "LEDGES", 30, 2, 9),
    ]


def test_landed_by_day():
    hauls = [
        Haul(date(2024, 6, 3), "KETTLE", 40, 7, 12),
        Haul(date(2024, 6, 3), "LEDGES", 30, 2, 9),
        Haul(date(2024, 6, 5), "KETTLE", 40, 4, 3),
    ]
    assert landed_by_day(hauls) == {date(2024, 6, 3): (9, 21), date(2024, 6, 5): (4, 3)}
