from decimal import Decimal

from tab.ledger import Ledger, Transfer
from tab.money import to_money


def test_to_money():
    assert to_money("12.5") == Decimal("12.50")


def test_balances_add_up_to_zero():
    ledger = Ledger()
    ledger.add_expense("ada", to_money("50"), ["ada", "ben", "cy"])
    ledger.add_expense("ben", to_money("12.30"), ["ada", "ben"])
    assert sum(ledger.balances.values()) == 0
    assert ledger.balances["cy"] == Decimal("-16.66")


def test_settle():
    ledger = Ledger()
    ledger.add_expense("ada", to_money("60"), ["ada", "ben", "cy"])
    assert ledger.settle() == [Transfer("ben", "ada", Decimal("20.00")), Transfer("cy", "ada", Decimal("20.00"))]
