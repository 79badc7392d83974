from datetime import datetime

import pytest


def test_two_hour_booking(booking):
    assert booking().charge() == 8800


def test_short_booking_is_charged_the_minimum(booking):
    assert booking(minutes=45).charge() == 8800


def test_time_in_started_quarter_hours(booking):
    assert booking(kind="legal", minutes=130).charge() == 5600 * 135 // 60


def test_travel_at_half_rate_and_mileage(booking):
    assert booking(kind="community", travel_minutes=40, miles=18).charge() == 7200 + 1350 + 810


def test_weekend_uplift_is_not_on_travel(booking):
    saturday = datetime(2024, 10, 12, 9, 0)
    assert booking(kind="education", start=saturday, travel_minutes=60).charge() == 12000 + 2000


def test_invoice(october):
    assert october.total() == 13200 + 1100 + 540 + 8800
    assert october.lines() == [
        "Invoice INV-2410-07: Eastgate Surgery",
        "08 Oct 10:00  medical     120 min     £88.00",
        "15 Oct 09:30  medical     180 min    £148.40",
        "Total £236.40",
    ]


def test_booking_for_another_client(october, booking):
    with pytest.raises(ValueError):
        october.add(booking(client="Northfield College"))
