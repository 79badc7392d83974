from decimal import Decimal

import pytest

from loan.money import monthly_payment
from loan.schedule import Row, amortization, total_interest, total_paid


def test_monthly_payment():
    assert monthly_payment(Decimal("200000"), Decimal("6"), 360) == Decimal("1199.10")


def test_first_month():
    first = amortization(Decimal("200000"), Decimal("6"), 360)[0]
    assert first == Row(1, Decimal("1199.10"), Decimal("1000.00"), Decimal("199.10"), Decimal("199800.90"))


def test_three_month_loan():
    assert amortization(Decimal("1000"), Decimal("12"), 3) == [
        Row(1, Decimal("340.02"), Decimal("10.00"), Decimal("330.02"), Decimal("669.98")),
        Row(2, Decimal("340.02"), Decimal("6.70"), Decimal("333.32"), Decimal("336.66")),
        Row(3, Decimal("340.03"), Decimal("3.37"), Decimal("336.66"), Decimal("0.00")),
    ]


def test_interest_free():
    rows = amortization(Decimal("1200"), Decimal("0"), 12)
    assert [row.payment for row in rows] == [Decimal("100.00")] * 12
    assert rows[-1].balance == 0


def test_totals():
    rows = amortization(Decimal("5000"), Decimal("4.5"), 12)
    assert rows[-1].balance == 0
    assert total_interest(rows) == Decimal("122.70")
    assert total_paid(rows) == Decimal("5122.70")


def test_term_must_be_positive():
    with pytest.raises(ValueError):
        amortization(Decimal("1000"), Decimal("5"), 0)
