from datetime import date, timedelta

from pay import envelope_line, pay_sheet, week_pay
from tallybook import Crate

MONDAY = date(2025, 2, 17)


def crates_for(picker, bunches_a_day, days, start=MONDAY):
    return [Crate(start + timedelta(days=n), picker, bunches_a_day) for n in range(days)]


def test_paid_by_the_bunch():
    crates = crates_for("Kasia", 200, 3)
    assert week_pay(crates, "Kasia", MONDAY) == 600 * 9


def test_only_this_weeks_crates():
    crates = crates_for("Kasia", 200, 2, start=MONDAY - timedelta(days=1)) + crates_for("Kasia", 100, 1, start=MONDAY + timedelta(days=7))
    assert week_pay(crates, "Kasia", MONDAY) == 200 * 9


def test_full_week_earns_the_bonus():
    crates = crates_for("Dorin", 300, 5)
    assert week_pay(crates, "Dorin", MONDAY) == 1500 * 9 + 5000


def test_six_short_days_earn_no_bonus():
    crates = crates_for("Milo", 150, 6)
    assert week_pay(crates, "Milo", MONDAY) == 900 * 9


def test_pay_sheet_leaves_out_pickers_not_here_this_week():
    crates = crates_for("Kasia", 200, 2) + crates_for("Ana", 100, 1, start=MONDAY - timedelta(days=7))
    assert pay_sheet(crates, MONDAY) == {"Kasia": 3600}


def test_envelope_line():
    crates = crates_for("Kasia", 211, 1)
    assert envelope_line(crates, "Kasia", MONDAY) == "Kasia        w/c 17 Feb     £18.99"
