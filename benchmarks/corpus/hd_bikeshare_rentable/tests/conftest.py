import pytest

from bikeshare.models import Bike, Station


@pytest.fixture
def station():
    station = Station("Harbour St", docks=6)
    station.dock(Bike("B1", battery=85))
    station.dock(Bike("B2", battery=12))
    station.dock(Bike("B3", battery=97, in_repair=True))
    station.dock(Bike("B4", battery=40))
    return station
