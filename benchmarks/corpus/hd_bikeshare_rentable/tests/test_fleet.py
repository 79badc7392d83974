from bikeshare.fleet import needs_charging, rent, rentable_bikes
from bikeshare.models import Bike, Station


def test_free_docks(station):
    assert station.free_docks() == 2


def test_rentable_bikes(station):
    assert [bike.id for bike in rentable_bikes(station)] == ["B1", "B4"]


def test_rentable_with_higher_minimum(station):
    assert [bike.id for bike in rentable_bikes(station, min_battery=50)] == ["B1"]


def test_rent_takes_fullest_bike(station):
    bike = rent(station, "alice")
    assert bike.id == "B1" and bike.rented_by == "alice"
    assert station.free_docks() == 3


def test_nothing_to_rent():
    station = Station("Quay", docks=2, bikes=[Bike("B9", battery=5)])
    assert rent(station, "bob") is None


def test_needs_charging(station):
    assert needs_charging([station, Station("Empty", docks=4)]) == {"Harbour St": ["B2"]}
