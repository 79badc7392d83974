import pytest

from ratelimit.bucket import TokenBucket
from ratelimit.limits import Limiter


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


def test_starts_full(clock):
    bucket = TokenBucket(rate=1, capacity=3, clock=clock)
    assert [bucket.allow() for _ in range(4)] == [True, True, True, False]


def test_refills_over_time(clock):
    bucket = TokenBucket(rate=2, capacity=4, clock=clock)
    assert bucket.allow(4)
    clock.now += 1.5
    assert bucket.allow(3)
    assert not bucket.allow(1)


def test_never_above_capacity(clock):
    bucket = TokenBucket(rate=10, capacity=2, clock=clock)
    clock.now += 60
    assert not bucket.allow(3)


def test_wait_time(clock):
    bucket = TokenBucket(rate=2, capacity=2, clock=clock)
    bucket.allow(2)
    assert bucket.wait_time(1) == 0.5


def test_limiter_per_plan(clock):
    limiter = Limiter(clock)
    results = [limiter.check("k1")[0] for _ in range(6)]
    assert results == [True] * 5 + [False]
    assert limiter.check("k2", "pro", cost=50) == (True, 0.0)
    assert limiter.check("k1") == (False, 1.0)
