import random

import pytest

from retrying.backoff import exponential
from retrying.policy import RetryPolicy
from retrying.runner import TransientError, call_with_retries


def test_exponential():
    assert [exponential(n, 1, 10) for n in range(5)] == [1, 2, 4, 8, 10]


def test_single_attempt_never_waits():
    assert RetryPolicy(attempts=1).waits() == []


def test_default_waits():
    assert RetryPolicy().waits() == [0.5, 1.0, 2.0]


def test_waits_are_capped():
    assert RetryPolicy(attempts=6, base=2, cap=10).waits() == [2, 4, 8, 10, 10]


def test_jitter_stays_within_spread():
    waits = RetryPolicy(attempts=3, base=1, jitter=0.1).waits(random.Random(1))
    assert 0.9 <= waits[0] <= 1.1


def test_retries_until_success():
    calls, slept = [], []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise TransientError
        return "ok"

    assert call_with_retries(flaky, RetryPolicy(), slept.append) == "ok"
    assert len(slept) == 2


def test_gives_up():
    def broken():
        raise TransientError

    with pytest.raises(TransientError):
        call_with_retries(broken, RetryPolicy(attempts=2), lambda seconds: None)
