from datetime import date

from jobs import Job
from reminders import due_date, reminder_list


def test_due_date():
    assert due_date(Job("Orchard Cottage", appliance="wood burner", last_swept=date(2024, 3, 1))) == date(2024, 8, 30)
    assert due_date(Job("The Old Rectory", appliance="gas", last_swept=date(2024, 3, 1))) == date(2025, 3, 1)
    assert due_date(Job("4 Mill Lane")) is None


def test_reminder_list():
    jobs = [
        Job("The Old Rectory", appliance="oil", last_swept=date(2023, 11, 20)),
        Job("Orchard Cottage", appliance="wood burner", last_swept=date(2024, 5, 2)),
        Job("4 Mill Lane", last_swept=date(2024, 8, 1)),
        Job("New Barn"),
    ]
    assert reminder_list(jobs, date(2024, 11, 1)) == ["Orchard Cottage", "The Old Rectory"]
