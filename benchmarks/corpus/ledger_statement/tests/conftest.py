from datetime import date

import pytest

from ledger.accounts import Ledger


@pytest.fixture
def book():
    """A month of a small café's books."""
    ledger = Ledger()
    for name, kind in [("cash", "asset"), ("bank", "asset"), ("sales", "income"),
                       ("rent", "expense"), ("coffee", "expense"), ("milk", "expense"), ("loan", "liability")]:
        ledger.open(name, kind)
    ledger.post(date(2024, 3, 1), "bank", "loan", 500000, "loan")
    ledger.post(date(2024, 3, 2), "rent", "bank", 120000, "march rent")
    ledger.post(date(2024, 3, 5), "cash", "sales", 43050, "week 1")
    ledger.post(date(2024, 3, 3), "coffee", "cash", 8999, "beans")
    return ledger
