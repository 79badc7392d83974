from datetime import date

from pharmacy.prescription import Prescription
from pharmacy.reminders import due_soon, needs_new_prescription


def test_due_soon(lisinopril):
    inhaler = Prescription("RX-77", "salbutamol", days_supply=20, refills_left=5,
                           expires=date(2025, 6, 1), fills=[date(2024, 9, 10)])
    assert due_soon([lisinopril, inhaler], date(2024, 9, 27), within=3) == ["RX-77"]
    assert due_soon([lisinopril, inhaler], date(2024, 9, 27)) == ["RX-77", "RX-1041"]
    assert due_soon([lisinopril, inhaler], date(2024, 9, 25)) == []


def test_needs_new_prescription(lisinopril):
    used_up = Prescription("RX-9", "metformin", 90, 0, date(2025, 1, 1), [date(2024, 8, 1)])
    assert needs_new_prescription([lisinopril, used_up], date(2024, 10, 1)) == ["RX-9"]
    assert needs_new_prescription([lisinopril, used_up], date(2025, 3, 2)) == ["RX-1041", "RX-9"]
