from datetime import date, timedelta

import pytest


def test_tickets_are_numbered(counter, monday):
    ticket = counter.take_in("Patel", ["stretch"], monday)
    assert ticket.number == 3
    assert sorted(counter.tickets) == [1, 2, 3]


def test_ready_date_is_the_slowest_job(counter):
    assert counter.tickets[1].ready_on == date(2024, 3, 5)
    assert counter.tickets[2].ready_on == date(2024, 3, 7)


def test_unknown_job(counter, monday):
    with pytest.raises(ValueError):
        counter.take_in("Patel", ["dye"], monday)


def test_collect_pays_the_price(counter):
    assert counter.collect(2, date(2024, 3, 8)) == 37.0
    assert counter.tickets[2].collected_on == date(2024, 3, 8)


def test_cannot_collect_before_ready(counter, monday):
    with pytest.raises(ValueError):
        counter.collect(2, monday + timedelta(days=1))


def test_cannot_collect_twice(counter):
    counter.collect(1, date(2024, 3, 5))
    with pytest.raises(ValueError):
        counter.collect(1, date(2024, 3, 6))


def test_four_weeks_storage_free(counter):
    ticket = counter.tickets[1]
    assert counter.storage_charge(ticket, date(2024, 3, 5)) == 0.0
    assert counter.storage_charge(ticket, date(2024, 4, 2)) == 0.0


def test_storage_after_four_weeks(counter):
    ticket = counter.tickets[1]
    assert counter.storage_charge(ticket, date(2024, 4, 3)) == 1.5
    assert counter.storage_charge(ticket, date(2024, 4, 10)) == 3.0


def test_collect_after_two_months(counter):
    assert counter.collect(1, date(2024, 5, 6)) == 19.5


def test_waiting_longest_first(counter, monday):
    counter.take_in("Patel", ["heels"], monday)
    counter.collect(1, date(2024, 3, 6))
    assert counter.waiting(date(2024, 3, 6)) == [3]
    assert counter.waiting(date(2024, 3, 7)) == [3, 2]
