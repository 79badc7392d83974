import datetime

from vetclinic.reminders import due_reminders, overdue_count
from vetclinic.records import Owner, Pet


def test_weekly_run(pets, today):
    assert due_reminders(pets, today) == [
        ("kim@example.org", "Biscuit", "rabies", datetime.date(2024, 5, 19)),
    ]


def test_further_ahead(pets, today):
    found = due_reminders(pets, today, ahead=120)
    assert [(name, vaccine) for _, name, vaccine, _ in found] == [
        ("Biscuit", "rabies"),
        ("Biscuit", "leptospirosis"),
    ]


def test_opted_out_owner_gets_nothing(today):
    owner = Owner("Ana Silva", "ana@example.org", opted_out=True)
    cat = Pet("Tofu", "cat", owner, {"feline leukemia": datetime.date(2023, 1, 2)})
    assert due_reminders([cat], today) == []


def test_overdue_count(pets, today):
    assert overdue_count(pets, today) == 1
