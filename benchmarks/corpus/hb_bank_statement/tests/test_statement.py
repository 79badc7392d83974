from datetime import date
from decimal import Decimal

import pytest

from bankcsv.amounts import parse_amount
from bankcsv.dates import parse_date
from bankcsv.reader import monthly_balance, read_statement


def test_iso_and_named_months():
    assert parse_date("2024-03-17") == date(2024, 3, 17)
    assert parse_date("7 September 2023") == date(2023, 9, 7)


def test_day_first_dates():
    assert parse_date("02/03/2024") == date(2024, 3, 2)
    assert parse_date("28.02.24") == date(2024, 2, 28)


def test_bad_date():
    with pytest.raises(ValueError):
        parse_date("March the 3rd")


def test_amounts():
    assert parse_amount("1.234,56") == Decimal("1234.56")
    assert parse_amount("-3,50") == Decimal("-3.50")


def test_read_statement(statement):
    transactions = read_statement(statement)
    assert [t.payee for t in transactions] == ["ACME Payroll", "Gym", "Coffee Corner", "Landlord"]
    assert monthly_balance(transactions) == {"2024-02": Decimal("2450.00"), "2024-03": Decimal("-983.40")}
