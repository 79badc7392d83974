from decimal import Decimal

from payroll.rounding import nearest_quarter, quarter_above, quarter_below


def test_nearest_quarter():
    assert nearest_quarter(Decimal("7.1")) == Decimal("7")
    assert nearest_quarter(Decimal("7.2")) == Decimal("7.25")
    assert nearest_quarter(Decimal("7.125")) == Decimal("7.25")


def test_quarter_below_and_above():
    assert quarter_below(Decimal("7.49")) == Decimal("7.25")
    assert quarter_above(Decimal("7.26")) == Decimal("7.5")
