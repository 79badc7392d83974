from datetime import datetime, timedelta

import pytest

from studio.policy import PolicyError, balance_due, can_reschedule, cancel, reschedule


def test_cancel_with_notice_refunds_the_deposit(sleeve, now):
    assert cancel(sleeve, now) == 112.5
    assert sleeve.cancelled_at == now


def test_late_cancellation_keeps_the_deposit(flash, now):
    # Wednesday 11:00 is 49 hours away on Monday morning; on Monday noon it is 47.
    assert cancel(flash, now + timedelta(hours=2)) == 0.0


def test_exactly_48_hours_is_enough(flash):
    assert cancel(flash, datetime(2024, 9, 2, 11, 0)) == 50.0


def test_cannot_cancel_twice(sleeve, now):
    cancel(sleeve, now)
    with pytest.raises(PolicyError):
        cancel(sleeve, now)


def test_a_booking_can_be_moved_once(sleeve, now):
    reschedule(sleeve, datetime(2024, 9, 13, 13, 0), now)
    assert sleeve.start == datetime(2024, 9, 13, 13, 0)
    assert not can_reschedule(sleeve, now)
    with pytest.raises(PolicyError):
        reschedule(sleeve, datetime(2024, 9, 20, 13, 0), now)


def test_cancelling_a_moved_booking_in_good_time(sleeve, now):
    reschedule(sleeve, datetime(2024, 9, 13, 13, 0), now)
    assert cancel(sleeve, now + timedelta(days=3)) == 112.5


def test_balance_due(sleeve):
    assert balance_due(sleeve) == 337.5
