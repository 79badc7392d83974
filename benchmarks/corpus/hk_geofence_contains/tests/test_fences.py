import pytest

from geofence.earth import haversine_km
from geofence.fences import Fence, events, fences_at

DEPOT = Fence("rotterdam depot", 51.9225, 4.4792, 5.0)
HUB = Fence("utrecht hub", 52.0907, 5.1214, 3.0)


def test_haversine():
    assert haversine_km(51.9225, 4.4792, 52.0907, 5.1214) == pytest.approx(47.8, abs=0.1)
    assert haversine_km(10, 20, 10, 20) == 0


def test_far_away_is_outside():
    assert not DEPOT.contains(48.8566, 2.3522)


def test_inside_the_depot():
    assert DEPOT.contains(51.9300, 4.4900)
    assert fences_at([DEPOT, HUB], 52.0950, 5.1100) == ["utrecht hub"]


def test_bad_position():
    with pytest.raises(ValueError):
        DEPOT.contains(95.0, 4.0)


def test_trip_events():
    track = [(51.95, 4.60), (51.925, 4.48), (52.00, 4.80), (52.09, 5.12), (52.09, 5.12)]
    assert events([DEPOT, HUB], track) == [
        (1, "enter", "rotterdam depot"),
        (2, "leave", "rotterdam depot"),
        (3, "enter", "utrecht hub"),
    ]
