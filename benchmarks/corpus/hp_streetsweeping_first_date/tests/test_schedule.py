import datetime

import pytest

from sweeping.rules import parse_rule
from sweeping.schedule import month_plan, next_sweep, swept_on

D = datetime.date


@pytest.fixture
def rules():
    return [parse_rule(line) for line in [
        "Market Square: mon weekly from 2023-01-02",
        "Elm Street: thu every 2 weeks from 2024-03-07",
        "Quay Road: thu every 2 weeks from 2024-04-04",
    ]]


def test_weekly(rules):
    assert swept_on(D(2024, 3, 11), rules) == ["Market Square"]
    assert swept_on(D(2024, 3, 12), rules) == []


def test_every_other_week(rules):
    assert swept_on(D(2024, 3, 7), rules) == ["Elm Street"]
    assert swept_on(D(2024, 3, 14), rules) == []
    assert swept_on(D(2024, 4, 4), rules) == ["Elm Street", "Quay Road"]


def test_new_street_starts_in_april(rules):
    assert next_sweep("Quay Road", rules, after=D(2024, 3, 1)) == D(2024, 4, 4)


def test_no_sweeping_on_holidays(rules):
    assert swept_on(D(2024, 4, 1), rules, holidays=frozenset({D(2024, 4, 1)})) == []


def test_month_plan(rules):
    plan = month_plan(2024, 2, rules)
    assert list(plan) == [D(2024, 2, 5), D(2024, 2, 12), D(2024, 2, 19), D(2024, 2, 26)]
