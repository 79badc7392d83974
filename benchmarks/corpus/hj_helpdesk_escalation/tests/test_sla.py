import datetime

from helpdesk.sla import escalation_report, overdue, unassigned
from helpdesk.tickets import Ticket


def ids(tickets):
    return [ticket.id for ticket in tickets]


def test_unassigned(tickets):
    assert ids(unassigned(tickets)) == [102, 104, 106]


def test_overdue(tickets, now):
    assert ids(overdue(tickets, now)) == [101, 102]


def test_pending_ticket_not_overdue(now):
    ticket = Ticket(7, "P1", datetime.datetime(2024, 6, 1), status="pending")
    assert overdue([ticket], now) == []


def test_escalation_report(tickets, now):
    later = now + datetime.timedelta(days=1)
    assert escalation_report(tickets, later) == {"maya": [101], "unassigned": [102, 106, 104]}
