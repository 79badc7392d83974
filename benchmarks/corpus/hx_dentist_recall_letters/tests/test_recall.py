from datetime import date

from dental.recall import recall_due


def test_due_after_the_patients_interval(practice):
    assert recall_due(practice.patients["D1001"]) == date(2024, 5, 2)
    assert recall_due(practice.patients["D1003"]) == date(2024, 6, 30)
    assert recall_due(practice.patients["D1005"]) is None


def test_nobody_due_yet(practice):
    assert practice.recall_letters(date(2024, 2, 1)) == []


def test_overdue_patients_most_overdue_first(practice):
    assert practice.recall_letters(date(2024, 7, 1)) == [
        ("D1001", "Ann Price", "email"),
        ("D1003", "Cora Lewis", "post"),
    ]


def test_no_letter_once_booked(practice):
    practice.book("D1001", date(2024, 7, 5))
    assert practice.recall_letters(date(2024, 7, 1)) == [("D1003", "Cora Lewis", "post")]


def test_checkup_restarts_the_interval(practice):
    practice.checked("D1003", date(2024, 7, 2))
    assert practice.recall_letters(date(2024, 7, 3)) == [("D1001", "Ann Price", "email")]


def test_patients_who_left_get_no_letter(practice):
    letters = practice.recall_letters(date(2024, 4, 1))
    assert "D1004" not in [number for number, _, _ in letters]
