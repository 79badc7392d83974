from datetime import date
from decimal import Decimal

from lettings.money import pounds
from lettings.movein import move_in_invoice, next_month, render, total

RENT = pounds("1300")


def test_move_in_on_the_first_pays_the_whole_month():
    lines = move_in_invoice(RENT, date(2024, 4, 1))
    assert lines[0][1] == Decimal("1300.00")


def test_half_a_month():
    lines = move_in_invoice(pounds("900"), date(2024, 6, 16))
    assert lines[0][1] == Decimal("450.00")


def test_deposit_is_five_weeks():
    assert move_in_invoice(RENT, date(2024, 4, 1))[-1] == ("deposit (5 weeks)", Decimal("1500.00"))


def test_late_move_in_pays_next_month():
    lines = move_in_invoice(RENT, date(2024, 1, 27))
    assert [label for label, _ in lines] == ["rent 27 Jan to end of month", "rent February 2024", "deposit (5 weeks)"]
    assert lines[1][1] == RENT


def test_twentieth_counts_as_late():
    lines = move_in_invoice(RENT, date(2024, 9, 20))
    assert len(lines) == 3


def test_next_month_over_new_year():
    assert next_month(date(2023, 12, 14)) == date(2024, 1, 1)


def test_render():
    lines = [("rent", Decimal("1300.00")), ("deposit", Decimal("1500.00"))]
    assert total(lines) == Decimal("2800.00")
    assert render(lines).splitlines()[-1] == "total     £2,800.00"
