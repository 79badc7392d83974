"""Who gets a "your piano is due a tuning" letter, and who gets a text the day before a visit."""

from __future__ import annotations

import datetime

from tuning.customers import Customer
from tuning.months import add_months


def due_date(customer: Customer) -> datetime.date:
    """When the piano is next due: every_months after the last tuning, or from
    the day the customer joined if we have never tuned it."""
    if customer.last_tuning is None:
        return customer.joined
    return add_months(customer.last_tuning, customer.every_months)


def due_letters(customers: list[Customer], today: datetime.date) -> list[str]:
    """The addresses due a tuning by today with no visit booked, the longest overdue
    first, then by address."""
    due = []
    for customer in customers:
        if customer.booked is None and due_date(customer) <= today:
            due.append(customer)
    due.sort(key=lambda customer: (due_date(customer), customer.address))
    return [customer.address for customer in due]


def text_reminders(customers: list[Customer], day: datetime.date) -> list[tuple[str, str]]:
    """(phone, message) for everyone with a visit on `day` who gave a phone number."""
    return [(customer.phone, f"The piano tuner calls on {day:%a %d %b}.")
            for customer in customers if customer.booked == day and customer.phone]
