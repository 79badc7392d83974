"""Response targets per priority, and the tickets that broke them."""

from __future__ import annotations

import datetime

from helpdesk.tickets import Ticket

SLA_HOURS = {"P1": 4, "P2": 8, "P3": 24, "P4": 72}


def unassigned(tickets: list[Ticket]) -> list[Ticket]:
    """The triage queue: tickets still open that nobody has picked up."""
    return [t for t in tickets if t.status == "open" and t.assignee is None]


def overdue(tickets: list[Ticket], now: datetime.datetime) -> list[Ticket]:
    """Open tickets older than their priority's target, assigned or not, most
    urgent first, then oldest first. Pending tickets wait on the customer, so the
    clock does not count against us."""
    late = []
    for ticket in tickets:
        limit = datetime.timedelta(hours=SLA_HOURS[ticket.priority])
        if ticket.status == "open" and ticket.assignee is None and now - ticket.opened > limit:
            late.append(ticket)
    return sorted(late, key=lambda ticket: (ticket.priority, ticket.opened))


def escalation_report(tickets: list[Ticket], now: datetime.datetime) -> dict[str, list[int]]:
    """Per assignee ("unassigned" for none), the ids of their overdue tickets."""
    report: dict[str, list[int]] = {}
    for ticket in overdue(tickets, now):
        report.setdefault(ticket.assignee or "unassigned", []).append(ticket.id)
    return report
