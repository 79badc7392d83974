from datetime import datetime
from decimal import Decimal

from teaching.invoices import monthly_invoice


def test_invoice_for_the_month(diary):
    diary.book("Priya", datetime(2024, 5, 13, 9, 0))
    diary.book("Priya", datetime(2024, 5, 20, 9, 0))
    diary.book("Priya", datetime(2024, 6, 3, 9, 0))
    diary.book("Tom", datetime(2024, 5, 13, 11, 0))
    assert monthly_invoice(diary, "Priya", 2024, 5, Decimal("38.00")) == (Decimal("2.00"), Decimal("76.00"))


def test_block_discount(diary):
    for day in range(1, 11):
        diary.book("Ana", datetime(2024, 7, day, 10, 0))
    assert monthly_invoice(diary, "Ana", 2024, 7, Decimal("40.00")) == (Decimal("10.00"), Decimal("360.00"))
