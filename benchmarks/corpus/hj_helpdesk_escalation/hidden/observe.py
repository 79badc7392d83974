"""Random ticket queues checked against their SLA at random times."""

import datetime
import random

from observing import attempt
from helpdesk.sla import SLA_HOURS, escalation_report, overdue, unassigned
from helpdesk.tickets import PRIORITIES, STATUSES, Ticket

START = datetime.datetime(2024, 6, 1, 0, 0)


def ids(tickets):
    return tickets if isinstance(tickets, str) else [ticket.id for ticket in tickets]


def observe():
    rng = random.Random(7007)
    results = []
    now = START + datetime.timedelta(days=5)
    for priority in PRIORITIES:
        for status in STATUSES:
            for assignee in (None, "maya"):
                for hours in (SLA_HOURS[priority] - 1, SLA_HOURS[priority], SLA_HOURS[priority] + 1):
                    ticket = Ticket(1, priority, now - datetime.timedelta(hours=hours), status, assignee)
                    results.append(ids(attempt(overdue, [ticket], now)))
    for _ in range(100):
        tickets = [
            Ticket(
                i,
                rng.choice(PRIORITIES),
                START + datetime.timedelta(minutes=30 * rng.randint(0, 200)),
                rng.choice(["open", "open", "pending", "closed"]),
                rng.choice([None, None, "maya", "tom", "ines"]),
            )
            for i in range(rng.randint(0, 10))
        ]
        now = START + datetime.timedelta(hours=rng.randint(24, 200))
        results.append((ids(attempt(overdue, tickets, now)), attempt(escalation_report, tickets, now),
                        ids(attempt(unassigned, tickets))))
    return results
