from datetime import datetime, timedelta

import pytest

from taskq.scheduler import Scheduler


class FakeClock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    return FakeClock(datetime(2024, 6, 1, 9, 0))


@pytest.fixture
def scheduler(clock):
    return Scheduler(clock)
