from datetime import date, timedelta

import pytest

from septic.customers import Customer
from septic.reminders import add_months, due_date, overdue, reminders_due


def test_add_months_keeps_month_ends():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 11, 15), 3) == date(2024, 2, 15)


def test_due_date_depends_on_usage():
    assert due_date(Customer("Ames", date(2024, 3, 10), "cottage")) == date(2026, 3, 10)
    assert due_date(Customer("Ames", date(2024, 3, 10), "guesthouse")) == date(2024, 9, 10)


def test_unknown_usage():
    with pytest.raises(ValueError):
        Customer("Ames", date(2024, 3, 10), "hotel")


def test_reminders_every_two_weeks():
    customers = [Customer("Brook", date(2023, 7, 5)), Customer("Ames", date(2023, 7, 20))]
    assert reminders_due(customers, date(2024, 7, 5)) == ["Brook"]
    assert reminders_due(customers, date(2024, 7, 12)) == []
    assert reminders_due(customers, date(2024, 7, 20)) == ["Ames", "Brook"]


def test_no_more_than_three_reminders():
    customer = Customer("Cole", date(2023, 7, 5))
    sent = [day for day in (date(2024, 7, 5) + timedelta(weeks=2 * n) for n in range(6))
            if reminders_due([customer], day)]
    assert sent == [date(2024, 7, 5), date(2024, 7, 19), date(2024, 8, 2)]
    customer.pumped(date(2024, 8, 20))
    assert reminders_due([customer], date(2025, 8, 20)) == ["Cole"]


def test_overdue():
    customers = [Customer("Ames", date(2023, 7, 5)), Customer("Brook", date(2024, 1, 25), "cottage")]
    assert overdue(customers, date(2024, 8, 10)) == ["Ames"]
