"""The text messages the shop sends about garments waiting to be collected."""

from __future__ import annotations

from datetime import date

from fees import storage_fee
from tickets import Ticket

REMIND_AFTER_DAYS = 7
REMIND_EVERY_DAYS = 7


def reminders_due(tickets: list[Ticket], today: date) -> list[Ticket]:
    """The tickets to send a reminder about today: ready at least REMIND_AFTER_DAYS
    ago, not collected, and not reminded in the last REMIND_EVERY_DAYS days. Oldest first."""
    due = []
    for ticket in tickets:
        if not ticket.waiting(today):
            continue
        if (today - ticket.ready_on).days < REMIND_AFTER_DAYS:
            continue
        if ticket.last_reminded is not None and (today - ticket.last_reminded).days < REMIND_EVERY_DAYS:
            continue
        due.append(ticket)
    due.sort(key=lambda ticket: (ticket.ready_on, ticket.number))
    return due


def reminder_text(ticket: Ticket, today: date) -> str:
    plural = "item is" if ticket.items == 1 else "items are"
    text = f"Hi {ticket.customer}, your {ticket.items} {plural} ready to collect (ticket {ticket.number})."
    fee = storage_fee(ticket, today)
    if fee:
        text += f" Storage so far: £{fee:.2f}."
    return text


def send_reminders(tickets: list[Ticket], today: date) -> list[str]:
    """The texts to send today; marks each ticket as reminded."""
    texts = []
    for ticket in reminders_due(tickets, today):
        texts.append(reminder_text(ticket, today))
        ticket.last_reminded = today
    return texts
