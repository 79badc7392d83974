import pytest

from callout.invoice import Job, invoice, labour_charge, travel_charge


def test_two_hour_job():
    assert labour_charge(120) == 136.00


def test_emergency_uplift():
    assert labour_charge(60, emergency=True) == 102.00


def test_started_half_hour_is_charged():
    assert labour_charge(95) == 136.00


def test_quick_job_still_charged_an_hour():
    assert labour_charge(15) == 68.00


def test_negative_minutes():
    with pytest.raises(ValueError):
        labour_charge(-5)


def test_travel():
    assert travel_charge(8) == 0
    assert travel_charge(10) == 0
    assert travel_charge(23) == 9.00


def test_full_invoice():
    job = Job("Mrs Patel", minutes=60, miles=14, parts=[12.00, 8.00])
    assert invoice(job) == {
        "labour": 68.00,
        "parts": 23.00,
        "travel": 4.50,
        "net": 140.50,
        "vat": 28.10,
        "total": 168.60,
    }
