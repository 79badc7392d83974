from datetime import date
from decimal import Decimal

import pytest

from timesheets.billing import billable_hours, hours_by_person, invoice_lines
from timesheets.entries import Entry, parse_line


def test_parse_line():
    assert parse_line("2024-04-01; ana ;apollo;6.5;approved") == Entry(
        date(2024, 4, 1), "ana", "apollo", Decimal("6.5"), "approved")


def test_unknown_status():
    with pytest.raises(ValueError):
        parse_line("2024-04-01;ana;apollo;1;done")


def test_hours_by_person(entries):
    assert hours_by_person(entries) == {"ana": Decimal("12"), "ben": Decimal("13.5")}


def test_billable_hours(entries):
    assert billable_hours(entries) == {"apollo": Decimal("14.5"), "hermes": Decimal("6.5")}


def test_invoice_lines(entries):
    rates = {"apollo": Decimal("90"), "hermes": Decimal("110")}
    assert invoice_lines(entries, rates) == ["apollo: 14.5 h = 1305.00", "hermes: 6.5 h = 715.00"]
