from datetime import date

import pytest

from scopes.loans import LoanBook
from scopes.members import read_members

MEMBERS_CSV = """
name,email,paid_until
Ruth Ashdown,Ruth@example.org,2025-03-31
Dev Malhotra,dev.m@example.org,2025-03-31
Owen Pryce,owen@example.org,2024-03-31
"""


@pytest.fixture
def members():
    return read_members(MEMBERS_CSV)


@pytest.fixture
def book(members):
    book = LoanBook(["Dobsonian 8in", "Refractor 80mm", "Solar scope"])
    book.lend("Dobsonian 8in", members["Ruth Ashdown"], date(2024, 9, 2))
    book.lend("Refractor 80mm", members["Dev Malhotra"], date(2024, 9, 16))
    return book
