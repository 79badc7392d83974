import pytest

from throttle import SlidingWindowLimiter
from throttle.middleware import throttled


def test_rejects_bad_settings():
    with pytest.raises(ValueError):
        SlidingWindowLimiter(0, 60)


def test_fresh_key_has_full_allowance():
    limiter = SlidingWindowLimiter(5, 60)
    assert limiter.remaining("10.0.0.1", 0.0) == 5
    assert limiter.retry_after("10.0.0.1", 0.0) == 0.0


def test_first_requests_go_through():
    limiter = SlidingWindowLimiter(3, 10)
    assert limiter.allow("a", 0.0)
    assert limiter.allow("b", 0.5)


def test_middleware_answers_429(clock):
    handler = throttled(SlidingWindowLimiter(2, 30), clock)(lambda request: (200, {}, "ok"))
    assert handler({"client": "1.2.3.4"})[0] == 200
    clock.advance(1)
    assert handler({"client": "1.2.3.4"})[0] == 200
    clock.advance(1)
    assert handler({"client": "1.2.3.4"}) == (429, {"Retry-After": "28"}, "slow down")
    clock.advance(28)
    assert handler({"client": "1.2.3.4"})[0] == 200
