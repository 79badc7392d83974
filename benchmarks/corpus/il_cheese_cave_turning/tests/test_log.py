from datetime import date

import pytest

from cave.log import CaveLog
from cave.wheels import Wheel


def make_log():
    return CaveLog([
        Wheel("T-1", "tomme", date(2024, 3, 1), 4.2),
        Wheel("C-1", "cheddar", date(2024, 3, 2), 18.5),
        Wheel("B-1", "blue", date(2024, 3, 5), 3.1),
    ])


def test_new_wheels_are_due_after_their_first_interval():
    log = make_log()
    assert log.due_for_turning(date(2024, 3, 3)) == ["T-1"]
    assert log.due_for_turning(date(2024, 3, 8)) == ["T-1", "B-1"]


def test_most_overdue_first():
    log = make_log()
    assert log.due_for_turning(date(2024, 3, 10)) == ["T-1", "B-1", "C-1"]


def test_turned_wheel_is_not_due_again_until_its_interval_has_passed():
    log = make_log()
    log.turn("T-1", date(2024, 3, 3))
    assert log.due_for_turning(date(2024, 3, 4)) == []
    assert log.due_for_turning(date(2024, 3, 5)) == ["T-1"]
    assert log.wheels["T-1"].turns == 1


def test_cannot_turn_a_wheel_in_the_past():
    log = make_log()
    log.turn("B-1", date(2024, 3, 8))
    with pytest.raises(ValueError):
        log.turn("B-1", date(2024, 3, 7))


def test_ready_wheels_are_not_turned():
    log = make_log()
    assert log.ready(date(2024, 4, 30)) == ["T-1"]
    assert "T-1" not in log.due_for_turning(date(2024, 4, 30))


def test_duplicate_wheel():
    log = make_log()
    with pytest.raises(ValueError):
        log.add(Wheel("T-1", "tomme", date(2024, 3, 9), 4.0))


def test_sell():
    log = make_log()
    wheel = log.sell("C-1")
    assert wheel.weight_kg == 18.5
    assert sorted(log.wheels) == ["B-1", "T-1"]
