from datetime import date

import pytest

from jobs import CATALOGUE, parse_jobs
from workshop import quote, ready_on, ticket


def test_puncture_is_ready_the_same_day(week):
    assert ready_on(week["sat"], [CATALOGUE["puncture"]]) == week["sat"]


def test_service_midweek(week):
    assert ready_on(week["mon"], [CATALOGUE["service"]]) == week["wed"]


def test_jobs_add_up(week):
    assert ready_on(week["mon"], parse_jobs("service, brakes")) == week["thu"]


def test_no_work_on_sunday(week):
    assert ready_on(week["thu"], [CATALOGUE["full service"]]) == date(2024, 5, 20)


def test_quote():
    assert quote(parse_jobs("Full Service, gears,")) == 125.0


def test_unknown_job():
    with pytest.raises(KeyError):
        parse_jobs("service, respray")


def test_ticket(week):
    assert ticket("J. Osei", week["tue"], "brakes") == "J. Osei: brakes - £25.00, ready Wed 15 May"

