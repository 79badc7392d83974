from datetime import date

from recall.patients import Patient, add_months, recall_date


def test_add_months():
    assert add_months(date(2023, 9, 1), 6) == date(2024, 3, 1)
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert add_months(date(2023, 12, 5), 1) == date(2024, 1, 5)


def test_recall_date():
    assert recall_date(Patient("A", date(2023, 3, 10), recall_months=12)) == date(2024, 3, 10)
    assert recall_date(Patient("B", None)) is None
