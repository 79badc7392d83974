import pytest

from marquee.quote import Booking


@pytest.fixture
def wedding():
    """The Hendersons': a hundred to dinner, then dancing."""
    return Booking(guests=100, width=9, seated=True, dance_floor=True)


@pytest.fixture
def drinks():
    """A garden drinks party on the lawn, no matting."""
    return Booking(guests=40, width=6, seated=False, flooring=False)
