from datetime import date

import pytest

from pharmacy.prescription import Prescription, RefillRefused


def test_first_fill():
    rx = Prescription("RX-2", "amoxicillin", days_supply=10, refills_left=0, expires=date(2024, 12, 1))
    rx.fill(date(2024, 11, 3))
    assert rx.fills == [date(2024, 11, 3)]
    assert rx.refills_left == 0


def test_too_early(lisinopril):
    assert lisinopril.earliest_refill() == date(2024, 9, 26)
    assert not lisinopril.can_fill(date(2024, 9, 25))
    assert lisinopril.can_fill(date(2024, 9, 26))


def test_refill_uses_one_up(lisinopril):
    lisinopril.fill(date(2024, 9, 28))
    assert lisinopril.refills_left == 1
    assert lisinopril.runs_out() == date(2024, 10, 28)


def test_no_refills_left(lisinopril):
    lisinopril.fill(date(2024, 9, 30))
    lisinopril.fill(date(2024, 10, 25))
    assert lisinopril.refills_left == 0
    with pytest.raises(RefillRefused):
        lisinopril.fill(date(2024, 11, 24))


def test_expired(lisinopril):
    assert not lisinopril.can_fill(date(2025, 3, 2))
