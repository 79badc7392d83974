import pytest

from helpdesk.tickets import from_row


def test_from_row_normalises(tickets):
    assert tickets[0].priority == "P1"
    assert tickets[3].assignee is None
    assert tickets[4].status == "closed"


def test_bad_priority():
    with pytest.raises(ValueError):
        from_row({"id": "1", "priority": "P9", "opened": "2024-01-01T00:00"})
