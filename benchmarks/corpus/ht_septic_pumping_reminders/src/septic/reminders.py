"""Pump-out reminders. A tank is due to be emptied some months after the last time,
depending on how heavily it is used; from then on the customer gets a reminder at
most every two weeks, and no more than three in all until the tanker has been."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .customers import PUMP_MONTHS, Customer

MAX_REMINDERS = 3
REMINDER_GAP = timedelta(days=14)


def add_months(day: date, months: int) -> date:
    """The same day of the month, months later, or the month's last day if shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def due_date(customer: Customer) -> date:
    return add_months(customer.last_pumped, PUMP_MONTHS[customer.usage])


def reminders_due(customers: list[Customer], today: date) -> list[str]:
    """Names of the customers to remind today, alphabetically; each is marked as
    reminded today."""
    due = []
    for customer in sorted(customers, key=lambda customer: customer.name):
        if due_date(customer) > today or customer.reminders_sent >= MAX_REMINDERS:
            continue
        if customer.last_reminded is not None and today - customer.last_reminded < REMINDER_GAP:
            continue
        customer.last_reminded = today
        due.append(customer.name)
    return due


def overdue(customers: list[Customer], today: date, grace_days: int = 30) -> list[str]:
    """Customers more than grace_days past their due date."""
    return sorted(customer.name for customer in customers
                  if today - due_date(customer) > timedelta(days=grace_days))
