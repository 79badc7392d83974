import pytest

from envelopes.budget import Budget, InsufficientFunds


@pytest.fixture
def budget():
    return Budget.from_plan({"rent": "850", "groceries": "300", "holidays": "120.50"})


def test_from_plan(budget):
    assert budget.total() == 127050


def test_spend(budget):
    budget.spend("groceries", 4599, "market")
    assert budget.balances["groceries"] == 25401
    assert budget.spent("groceries") == 4599


def test_cannot_overspend(budget):
    with pytest.raises(InsufficientFunds):
        budget.spend("holidays", 20000)


def test_transfer(budget):
    budget.transfer("holidays", "groceries", 5000)
    assert budget.balances["holidays"] == 7050
    assert budget.balances["groceries"] == 35000


def test_transfer_to_unknown_envelope(budget):
    with pytest.raises(KeyError):
        budget.transfer("rent", "car", 100)


def test_summary(budget):
    assert budget.summary() == ["groceries: €300.00", "holidays: €120.50", "rent: €850.00"]
