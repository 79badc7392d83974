from datetime import date

from recall.letters import due_for_recall, letter, weekly_run
from recall.patients import Patient


def names(patients):
    return [patient.name for patient in patients]


def test_nobody_due():
    assert due_for_recall([Patient("Ann Lee", date(2024, 2, 1))], date(2024, 3, 15)) == []


def test_due_on_the_day():
    assert names(due_for_recall([Patient("Ann Lee", date(2023, 9, 15))], date(2024, 3, 15))) == ["Ann Lee"]


def test_opted_out_get_no_letter(patients, today):
    assert "Eve Stone" not in names(due_for_recall(patients, today))


def test_weekly_list(patients, today):
    assert names(due_for_recall(patients, today)) == ["Gail Hart", "Ann Lee", "Cath Doyle"]


def test_letter(patients):
    text = letter(patients[0], "Riverside Dental")
    assert text.startswith("Dear Ann,\n")
    assert "due on 01 March 2024" in text


def test_weekly_run(patients, today):
    assert list(weekly_run(patients, today, "Riverside Dental")) == ["Gail Hart", "Ann Lee", "Cath Doyle"]
