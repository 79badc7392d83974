import pytest

from trail.profile import ElevationProfile

# Ridge loop from the car park: (km along the trail, metres above sea level).
RIDGE_LOOP = [(0.0, 420), (1.5, 510), (3.0, 690), (4.0, 760), (5.5, 705), (7.0, 540), (8.0, 430)]


@pytest.fixture
def ridge():
    return ElevationProfile(RIDGE_LOOP)
