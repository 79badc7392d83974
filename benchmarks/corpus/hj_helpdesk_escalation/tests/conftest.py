import datetime

import pytest

from helpdesk.tickets import from_row

ROWS = [
    {"id": "101", "priority": "p1", "opened": "2024-06-03T08:00", "assignee": "maya"},
    {"id": "102", "priority": "P3", "opened": "2024-06-02T09:00"},
    {"id": "103", "priority": "P2", "opened": "2024-06-03T10:30", "status": "pending"},
    {"id": "104", "priority": "P4", "opened": "2024-06-01T12:00", "assignee": ""},
    {"id": "105", "priority": "P2", "opened": "2024-06-03T01:00", "status": "Closed", "assignee": "tom"},
    {"id": "106", "priority": "P3", "opened": "2024-06-03T11:00"},
]


@pytest.fixture
def tickets():
    return [from_row(row) for row in ROWS]


@pytest.fixture
def now():
    return datetime.datetime(2024, 6, 3, 14, 0)
