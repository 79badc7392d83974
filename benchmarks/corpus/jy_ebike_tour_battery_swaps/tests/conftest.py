import pytest


@pytest.fixture
def lunch_sheet():
    return """
Ana: 30%
Ben: 12%
Cleo: 80
Dev: 35%
"""


@pytest.fixture
def big_group():
    """A hen party on the coast tour: seven riders in on their reserve."""
    return {"Fay": 20, "Gus": 9, "Hal": 31, "Ivy": 14, "Jo": 20, "Kit": 5, "Lou": 27, "Max": 60}
