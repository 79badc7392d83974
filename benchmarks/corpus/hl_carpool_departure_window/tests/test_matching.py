from carpool.matching import assign, left_behind
from carpool.people import Driver, Rider


def test_assign(drivers, riders):
    assert assign(drivers, riders) == {"nora": ["ali"], "omar": ["cai"], "pia": ["bea"]}


def test_car_full(drivers, riders):
    assert left_behind(drivers, riders) == ["dan"]


def test_destination_must_match():
    cars = assign([Driver("nora", "airport", "08:00")], [Rider("ali", "harbour", "08:00")])
    assert cars == {"nora": []}


def test_first_come_first_served():
    driver = Driver("omar", "station", "09:00", seats=1)
    riders = [Rider("bea", "station", "09:05"), Rider("ali", "station", "09:00")]
    assert assign([driver], riders) == {"omar": ["bea"]}
    assert left_behind([driver], riders) == ["ali"]
