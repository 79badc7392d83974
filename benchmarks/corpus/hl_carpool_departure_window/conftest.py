import pytest

from carpool.people import Driver, Rider


@pytest.fixture
def drivers():
    return [
        Driver("nora", "airport", "07:30", seats=2),
        Driver("omar", "airport", "08:15", seats=3),
        Driver("pia", "station", "07:45", seats=1),
    ]


@pytest.fixture
def riders():
    return [
        Rider("ali", "airport", "07:40"),
        Rider("bea", "station", "07:50"),
        Rider("cai", "airport", "08:20"),
        Rider("dan", "station", "07:30"),
    ]
