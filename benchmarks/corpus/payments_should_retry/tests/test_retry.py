import pytest

from payments.gateway import Gateway
from payments.policy import backoff, retry_call


def flaky(failures, error=ConnectionError):
    calls = []

    def call():
        calls.append(1)
        if len(calls) <= failures:
            raise error("gateway busy")
        return "ok"

    return call, calls


def test_backoff_doubles_up_to_cap():
    assert [backoff(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_succeeds_first_time():
    call, calls = flaky(0)
    assert retry_call(call, sleep=lambda s: None) == "ok"
    assert len(calls) == 1


def test_retries_with_backoff():
    call, _ = flaky(3)
    waits = []
    assert retry_call(call, sleep=waits.append) == "ok"
    assert waits == [0.5, 1.0, 2.0]


def test_timeouts_are_retried():
    call, _ = flaky(1, TimeoutError)
    assert retry_call(call, sleep=lambda s: None) == "ok"


def test_gives_up():
    call, calls = flaky(10)
    with pytest.raises(ConnectionError):
        retry_call(call, attempts=3, sleep=lambda s: None)
    assert len(calls) == 3


def test_other_errors_are_not_retried():
    call, calls = flaky(1, ValueError)
    with pytest.raises(ValueError):
        retry_call(call, sleep=lambda s: None)
    assert len(calls) == 1


def test_gateway_charge():
    replies = iter([ConnectionError("busy"), {"id": "pay_1"}])

    def transport(request):
        reply = next(replies)
        if isinstance(reply, Exception):
            raise reply
        return reply

    assert Gateway(transport, sleep=lambda s: None).charge(500, "tok") == "pay_1"
