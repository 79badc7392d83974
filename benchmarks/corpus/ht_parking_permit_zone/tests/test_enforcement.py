from datetime import datetime

from parking.enforcement import notices


def test_one_notice_per_car_and_day(registry):
    sightings = [
        ("GH55 OPQ", "Z1", datetime(2024, 5, 1, 9, 15)),
        ("GH55OPQ", "z1", datetime(2024, 5, 1, 14, 40)),
        ("GH55 OPQ", "Z1", datetime(2024, 5, 2, 9, 5)),
        ("AB12 CDE", "Z1", datetime(2024, 5, 1, 9, 20)),
    ]
    assert notices(sightings, registry, {"Z1": 90}) == [
        ("GH55OPQ", "Z1", "2024-05-01", 90),
        ("GH55OPQ", "Z1", "2024-05-02", 90),
    ]
