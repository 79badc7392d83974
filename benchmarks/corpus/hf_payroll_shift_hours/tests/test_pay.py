from decimal import Decimal

from payroll.pay import weekly_pay
from payroll.shifts import parse_shift

WEEK = """
ana 2024-04-01 08:00-17:00 30
ana 2024-04-02 08:00-17:00 30
ana 2024-04-03 08:00-17:00 30
ana 2024-04-04 08:00-17:00 30
ana 2024-04-05 08:00-17:00 30
ben 2024-04-01 09:00-15:00
"""


def test_weekly_pay_with_overtime():
    shifts = [parse_shift(line) for line in WEEK.strip().splitlines()]
    assert weekly_pay(shifts, {"ana": Decimal("20"), "ben": Decimal("18.40")}) == {
        "ana": Decimal("875.00"), "ben": Decimal("110.40")}
