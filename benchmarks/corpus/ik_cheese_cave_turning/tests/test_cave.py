from datetime import date, timedelta

import pytest

from affinage.cave import Cave, Wheel


def test_add_rejects_duplicate_codes(cave):
    with pytest.raises(ValueError):
        cave.add(Wheel("T-101", "tomme", date(2024, 8, 1), 4.0, shelf=2))


def test_add_rejects_unknown_style(cave):
    with pytest.raises(ValueError):
        cave.add(Wheel("G-001", "gouda", date(2024, 8, 1), 4.0, shelf=2))


def test_turning_due(cave, today):
    assert cave.turning_due(today) == ["C-007", "T-101", "W-330"]


def test_turned_wheels_drop_off_the_list(cave, today):
    for code in cave.turning_due(today):
        cave.turn(code, today)
    assert cave.turning_due(today) == []


def test_new_wheel_is_turned_the_day_after_making(today):
    cave = Cave([Wheel("B-050", "blue", today - timedelta(days=1), 2.5, shelf=4)])
    assert cave.turning_due(today) == ["B-050"]


def test_young_wheels_are_turned_daily(today):
    cave = Cave([Wheel("B-050", "blue", today - timedelta(days=10), 2.5, shelf=4, last_turned=today - timedelta(days=1))])
    assert cave.turning_due(today) == ["B-050"]


def test_older_wheels_wait_for_their_interval(today):
    blue = Wheel("B-040", "blue", today - timedelta(days=30), 2.5, shelf=4, last_turned=today - timedelta(days=5))
    cave = Cave([blue])
    assert cave.turning_due(today) == []
    assert cave.turning_due(today + timedelta(days=2)) == ["B-040"]


def test_sold_wheels_are_not_turned(cave, today):
    cave.sell("T-101")
    assert "T-101" not in cave.turning_due(today)


def test_ready_to_sell(cave, today):
    assert cave.ready(today) == ["C-007", "T-101", "T-102"]


def test_sell(cave, today):
    assert cave.sell("C-007") == 356.25
    assert cave.ready(today) == ["T-101", "T-102"]
    assert cave.stock_kg() == 9.3
    with pytest.raises(ValueError):
        cave.sell("C-007")
