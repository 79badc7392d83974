import pytest

from cachekit import ManualClock, TTLCache


@pytest.fixture
def clock():
    return ManualClock(start=1000.0)


@pytest.fixture
def cache(clock):
    return TTLCache(ttl=60, maxsize=3, clock=clock)
