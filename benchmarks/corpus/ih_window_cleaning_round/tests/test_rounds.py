from datetime import date

import pytest

from customers import Customer
from rounds import Round

MONDAY = date(2024, 6, 10)


def names(customers):
    return [c.name for c in customers]


def test_due_after_four_weeks():
    patel = Customer("Mrs Patel", "Elm Road", 4, 12.0, last_cleaned=date(2024, 5, 13))
    assert names(Round([patel]).due(MONDAY)) == ["Mrs Patel"]


def test_not_due_yet():
    patel = Customer("Mrs Patel", "Elm Road", 4, 12.0, last_cleaned=date(2024, 5, 14))
    assert Round([patel]).due(MONDAY) == []


def test_new_customer_is_due_straight_away():
    bakery = Customer("The Bakery", "High Street", 2, 25.0, cycle_weeks=2)
    assert names(Round([bakery]).due(MONDAY)) == ["The Bakery"]


def test_on_hold_is_skipped():
    moss = Customer("Dr Moss", "Elm Road", 7, 12.0, last_cleaned=date(2024, 4, 1), on_hold=True)
    assert Round([moss]).due(MONDAY) == []


def test_round_order():
    customers = [
        Customer("The Bakery", "High Street", 2, 25.0),
        Customer("Mr Owen", "Elm Road", 11, 15.0),
        Customer("Mrs Patel", "Elm Road", 4, 12.0),
    ]
    assert names(Round(customers).due(MONDAY)) == ["Mrs Patel", "Mr Owen", "The Bakery"]


def test_clean_records_the_visit_and_balance():
    owen = Customer("Mr Owen", "Elm Road", 11, 15.0, cycle_weeks=8, last_cleaned=date(2024, 4, 15))
    round_ = Round([owen])
    round_.clean(owen, MONDAY, paid=10.0)
    assert owen.last_cleaned == MONDAY
    assert owen.balance == 5.0
    assert round_.due(date(2024, 7, 8)) == []


def test_no_extra_jobs_for_customers_who_owe():
    owen = Customer("Mr Owen", "Elm Road", 11, 15.0, balance=15.0)
    assert not Round([owen]).can_book_extra(owen)


def test_unpaid_customer_is_still_on_the_round():
    owen = Customer("Mr Owen", "Elm Road", 11, 15.0, cycle_weeks=8, last_cleaned=date(2024, 4, 15), balance=15.0)
    round_ = Round([owen])
    assert names(round_.due(MONDAY)) == ["Mr Owen"]


def test_day_takings():
    customers = [
        Customer("Mrs Patel", "Elm Road", 4, 12.0, last_cleaned=date(2024, 5, 13)),
        Customer("Mr Owen", "Elm Road", 11, 15.0, cycle_weeks=8, last_cleaned=date(2024, 4, 1), balance=30.0),
        Customer("Mrs Ince", "Elm Road", 9, 14.0, last_cleaned=date(2024, 6, 3)),
    ]
    assert Round(customers).day_takings(MONDAY) == pytest.approx(27.0)


def test_find_by_address():
    patel = Customer("Mrs Patel", "Elm Road", 4, 12.0)
    assert Round([patel]).find("Elm Road", 4) is patel
    with pytest.raises(KeyError):
        Round([patel]).find("Elm Road", 5)
