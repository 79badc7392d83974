import pytest

from timetable import RideDay


@pytest.fixture
def open_day():
    """A summer open day: every half hour from ten, sixteen seats."""
    return RideDay("10:00", "16:00", 30, 16)


@pytest.fixture
def santa_day():
    """Santa specials: the van stops at the grotto, so rides are forty minutes and there are twelve seats."""
    return RideDay("10:15", "15:45", 40, 12)
