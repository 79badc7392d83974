from datetime import date

from mod import due_date, fines_owed, late_fine

DUE = date(2024, 5, 10)


def test_due_date():
    assert due_date(date(2024, 5, 1)) == date(2024, 5, 22)
    assert due_date(date(2024, 5, 1), renewals=1) == date(2024, 6, 12)


def test_on_time():
    assert late_fine(DUE, date(2024, 5, 8)) == 0.0
    assert late_fine(DUE, date(2024, 5, 11)) == 0.0


def test_three_weeks_late():
    assert late_fine(DUE, date(2024, 5, 31)) == 4.50


def test_fine_is_capped():
    assert late_fine(DUE, date(2024, 12, 24)) == 12.00


def test_fines_owed():
    loans = [("ana", date(2024, 4, 1), 0, date(2024, 4, 20)), ("ben", date(2024, 4, 1), 0, None)]
    assert fines_owed(loans, today=date(2024, 4, 30)) == {"ben": 3.00}
