from datetime import date

import pytest

from ledger.accounts import Ledger
from ledger.money import format_money, split_evenly, to_cents


def test_balances(book):
    assert book.balance("bank") == 380000
    assert book.balance("cash") == 34051
    assert book.balance("loan") == 500000


def test_balance_until(book):
    assert book.balance("cash", until=date(2024, 3, 4)) == -8999


def test_trial_balance_sums_to_zero(book):
    assert sum(book.trial_balance().values()) == 0


def test_statement_runs_in_date_order(book):
    assert book.statement("cash") == [
        (date(2024, 3, 3), "beans", -8999, -8999),
        (date(2024, 3, 5), "week 1", 43050, 34051),
    ]


def test_post_split(book):
    book.post_split(date(2024, 3, 9), ["coffee", "milk", "rent"], "cash", 1000, "supplies")
    assert [book.balance(n) for n in ("coffee", "milk", "rent")] == [9333, 333, 120333]
    assert book.balance("cash") == 33051


def test_split_evenly():
    assert split_evenly(1000, 3) == [334, 333, 333]
    assert split_evenly(9, 1) == [9]
    assert sum(split_evenly(1001, 7)) == 1001


def test_money_text():
    assert to_cents("12.5") == 1250
    assert to_cents("1,234.567") == 123457
    assert format_money(-1234567) == "-12,345.67"


def test_bad_postings():
    ledger = Ledger()
    ledger.open("cash", "asset")
    with pytest.raises(ValueError):
        ledger.post(date(2024, 1, 1), "cash", "cash", 5)
