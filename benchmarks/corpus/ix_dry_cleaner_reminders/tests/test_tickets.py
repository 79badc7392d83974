from datetime import date

import pytest

from fees import storage_fee
from tickets import collect


def test_collect(rail, today):
    ticket = collect(rail, 101, today)
    assert ticket.collected_on == today
    assert not ticket.waiting(today)


def test_collect_twice(rail, today):
    with pytest.raises(ValueError):
        collect(rail, 105, today)


def test_collect_unknown_ticket(rail, today):
    with pytest.raises(KeyError):
        collect(rail, 999, today)


def test_no_storage_in_the_first_four_weeks(rail, today):
    assert storage_fee(rail[0], today) == 0.0
    assert storage_fee(rail[0], date(2024, 4, 30)) == 0.0


def test_storage_for_each_started_week(rail, today):
    assert storage_fee(rail[5], today) == 6.0
    assert storage_fee(rail[0], date(2024, 5, 1)) == 4.5


def test_accounts_pay_no_storage(rail):
    assert storage_fee(rail[3], date(2024, 7, 1)) == 0.0
