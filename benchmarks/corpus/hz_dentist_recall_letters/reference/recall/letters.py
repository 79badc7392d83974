"""The weekly run of recall letters."""

from __future__ import annotations

from datetime import date

from recall.patients import Patient, recall_date


def due_for_recall(patients: list[Patient], today: date) -> list[Patient]:
    """Patients whose recall date has come, who have nothing booked from today on
    and have not opted out of reminders; the longest overdue first."""
    due = [
        patient
        for patient in patients
        if patient.last_checkup is not None
        and recall_date(patient) <= today
        and not patient.opted_out
        and (patient.next_appointment is None or patient.next_appointment < today)
    ]
    return sorted(due, key=lambda patient: (recall_date(patient), patient.name))


def letter(patient: Patient, practice: str) -> str:
    first_name = patient.name.split()[0]
    return (
        f"Dear {first_name},\n"
        f"Your check-up at {practice} was due on {recall_date(patient):%d %B %Y}. "
        f"Please call us to book a time that suits you."
    )


def weekly_run(patients: list[Patient], today: date, practice: str) -> dict[str, str]:
    return {patient.name: letter(patient, practice) for patient in due_for_recall(patients, today)}
