import datetime

from tuning.customers import Customer
from tuning.due import due_date, due_letters, text_reminders


def test_due_date():
    customer = Customer("Rose Cottage", datetime.date(2021, 1, 5), last_tuning=datetime.date(2023, 8, 31), every_months=6)
    assert due_date(customer) == datetime.date(2024, 2, 29)


def test_due_letters(customers):
    assert due_letters(customers, datetime.date(2024, 1, 31)) == ["Glebe Farm"]
    assert due_letters(customers, datetime.date(2024, 4, 5)) == ["Glebe Farm", "Rose Cottage", "4 Mill Lane"]


def test_booked_customers_get_no_letter(customers):
    assert "The Old Forge" not in due_letters(customers, datetime.date(2024, 12, 31))


def test_not_due_yet():
    customer = Customer("12 Church Street", datetime.date(2022, 9, 14), last_tuning=datetime.date(2024, 1, 15))
    assert due_letters([customer], datetime.date(2025, 1, 14)) == []
    assert due_letters([customer], datetime.date(2025, 1, 15)) == ["12 Church Street"]


def test_text_reminders(customers):
    customers[0].booked = datetime.date(2024, 3, 12)
    assert text_reminders(customers, datetime.date(2024, 3, 12)) == [
        ("07700 900123", "The piano tuner calls on Tue 12 Mar."),
    ]
