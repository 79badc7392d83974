from decimal import Decimal

from deli.cashup import cash_up, reconcile, week_summary


def test_drawer_balances():
    assert reconcile(Decimal("215.00"), Decimal("215.00")) == ("ok", Decimal("0.00"))


def test_small_differences_are_ok():
    assert reconcile(Decimal("215.40"), Decimal("215.00")) == ("ok", Decimal("0.00"))
    assert reconcile(Decimal("214.50"), Decimal("215.00")) == ("ok", Decimal("0.00"))


def test_over():
    assert reconcile(Decimal("218.20"), Decimal("215.00")) == ("over", Decimal("3.20"))


def test_cash_up_line_when_short():
    counts = {"20": 8, "10": 3, "5": 2, "1": 11, "50p": 2, "20p": 2}
    line = cash_up(counts, Decimal("100.00"), [Decimal("92.50"), Decimal("24.90")])
    assert line == "counted 212.40, expected 217.40: short 5.00"


def test_week_summary():
    assert week_summary([("ok", Decimal("0.00")), ("over", Decimal("3.20")), ("short", Decimal("5.00"))]) == Decimal("-1.80")
