"""Recall letters: reminding patients that their check-up is due."""

from __future__ import annotations

from datetime import date

from .patients import Patient, add_months


def recall_due(patient: Patient) -> date | None:
    """When the patient's next check-up falls due; None if they have never had one."""
    if patient.last_checkup is None:
        return None
    return add_months(patient.last_checkup, patient.interval_months)


class Practice:
    def __init__(self, patients: list[Patient]) -> None:
        self.patients = {patient.number: patient for patient in patients}

    def book(self, number: str, day: date) -> None:
        self.patients[number].next_appointment = day

    def checked(self, number: str, day: date) -> None:
        patient = self.patients[number]
        patient.last_checkup = day
        if patient.next_appointment is not None and patient.next_appointment <= day:
            patient.next_appointment = None

    def recall_letters(self, today: date) -> list[tuple[str, str, str]]:
        """(number, name, how) for every registered patient whose check-up is due by
        today and who has nothing booked, most overdue first; how is "email" when we
        have an address for them and "post" otherwise."""
        letters = []
        for patient in self.patients.values():
            due = recall_due(patient)
            if due is None:
                continue
            if due <= today and patient.next_appointment is None and patient.registered:
                how = "email" if patient.email else "post"
                letters.append((due, patient.number, patient.name, how))
        letters.sort()
        return [(number, name, how) for _, number, name, how in letters]
