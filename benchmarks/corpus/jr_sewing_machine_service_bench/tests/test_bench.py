from datetime import date

import pytest

from servicebench.bench import Bench

MONDAY = date(2024, 10, 7)


def make_bench():
    bench = Bench()
    bench.book_in("07700 900123", "Bernina 1008", "full", date(2024, 10, 11))
    bench.book_in("07700 900456", "Singer 201K", "basic", date(2024, 10, 9))
    bench.book_in("07700 900123", "Brother overlocker", "overlocker", date(2024, 10, 11))
    return bench


def test_to_do_soonest_promised_first():
    bench = make_bench()
    bench.done(2, MONDAY)
    assert bench.to_do() == [1, 3]
    assert make_bench().to_do() == [2, 1, 3]


def test_cannot_collect_before_it_is_done():
    bench = make_bench()
    with pytest.raises(ValueError, match="ticket 1"):
        bench.collect(1)


def test_reminder_after_a_week_on_the_shelf():
    bench = make_bench()
    bench.done(1, date(2024, 9, 30))
    bench.done(3, date(2024, 10, 2))
    assert bench.reminders(MONDAY) == {"07700 900123": [1]}
    assert bench.reminders(date(2024, 10, 9)) == {"07700 900123": [1, 3]}


def test_nothing_to_remind_on_a_quiet_bench():
    assert make_bench().reminders(MONDAY) == {}


def test_collected_machines_are_not_chased():
    bench = make_bench()
    bench.done(1, date(2024, 9, 23))
    bench.done(2, date(2024, 9, 25))
    bench.collect(1)
    assert bench.reminders(MONDAY) == {"07700 900456": [2]}
