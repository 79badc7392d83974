import pytest

from trail.profile import ElevationProfile, OffTrail


def test_elevation_at_a_track_point(ridge):
    assert ridge.elevation_at(3.0) == pytest.approx(690)


def test_elevation_halfway(ridge):
    assert ridge.elevation_at(3.5) == pytest.approx(725)


def test_elevation_between_track_points(ridge):
    assert ridge.elevation_at(0.5) == pytest.approx(450)
    assert ridge.elevation_at(7.8) == pytest.approx(452)


def test_off_trail(ridge):
    with pytest.raises(OffTrail):
        ridge.elevation_at(8.5)


def test_highest_point_and_ascent(ridge):
    assert ridge.highest_point() == (4.0, 760)
    assert ridge.total_ascent() == 340
    assert ridge.walking_hours() == pytest.approx(2.17)


def test_steepest_grade(ridge):
    assert ridge.steepest_grade(1.0, 2.5) == pytest.approx(12.0)


def test_single_point():
    assert ElevationProfile([(0.0, 95)]).elevation_at(0.0) == 95
