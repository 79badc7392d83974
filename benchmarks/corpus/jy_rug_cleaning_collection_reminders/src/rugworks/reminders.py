"""Collection reminders. Every rolled rug left at the works takes rack space the next
wash needs, whether it has been paid for or not: its customer gets a letter a week after
it was ready and every week after that until it is collected. Past the free weeks the
letter says what storage has come to."""

from __future__ import annotations

import math
from datetime import date

from rugworks.tickets import Ticket

REMIND_EVERY_DAYS = 7
FREE_STORAGE_DAYS = 28
STORAGE_PER_RUG_WEEK = 3.00


def storage_fee(ticket: Ticket, today: date) -> float:
    """Storage owed so far: for each rug, every week started after the free days."""
    if ticket.ready_on is None:
        return 0.0
    extra_days = (today - ticket.ready_on).days - FREE_STORAGE_DAYS
    if extra_days <= 0:
        return 0.0
    return ticket.rugs * math.ceil(extra_days / 7) * STORAGE_PER_RUG_WEEK


def reminder_letters(tickets: list[Ticket], today: date) -> list[tuple[int, str, int, float]]:
    """The letters to post today, by ticket number: (ticket, customer, weeks waiting,
    storage so far)."""

    def due(ticket: Ticket) -> bool:
        if ticket.ready_on is None or ticket.collected_on is not None or ticket.paid:
            return False
        waiting = (today - ticket.ready_on).days
        return waiting >= REMIND_EVERY_DAYS and waiting % REMIND_EVERY_DAYS == 0

    letters = []
    for ticket in sorted(tickets, key=lambda t: t.number):
        if due(ticket):
            weeks = (today - ticket.ready_on).days // 7
            letters.append((ticket.number, ticket.customer, weeks, storage_fee(ticket, today)))
    return letters
