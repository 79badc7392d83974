import datetime

import pytest


def may(day):
    return datetime.date(2024, 5, day)


def test_promised_in_work_days(shop):
    assert [a.promised for a in shop.tickets.values()] == [may(8), may(13), may(10)]


def test_overdue(shop):
    assert shop.overdue(may(11)) == [101, 103]
    shop.mark_ready(101, may(11))
    assert shop.overdue(may(14)) == [103, 102]


def test_not_overdue_before_the_promised_day(shop):
    assert shop.overdue(may(7)) == []
    assert shop.overdue(may(8)) == []


def test_collect_only_when_ready(shop):
    with pytest.raises(ValueError):
        shop.collect(102, may(10))
    shop.mark_ready(102, may(10))
    shop.collect(102, may(11))
    assert shop.tickets[102].collected == may(11)


def test_uncollected(shop):
    shop.mark_ready(101, may(7))
    shop.mark_ready(103, may(10))
    shop.collect(103, may(10))
    assert shop.uncollected(datetime.date(2024, 6, 6)) == []
    assert shop.uncollected(datetime.date(2024, 6, 7)) == [101]
