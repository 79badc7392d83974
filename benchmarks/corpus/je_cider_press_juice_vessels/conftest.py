import pytest

from pressings import parse_day_sheet


@pytest.fixture
def saturday():
    """The October pressing day at the orchard barn."""
    return parse_day_sheet(
        """
        # 14 October
        Hollis: cider, 30
        Marsh: dessert, 20
        Okafor: cooking, 25
        # crab apples from the hedge, for sharpness
        Hollis: crab, 10
        """
    )
