from datetime import date

from invoicing import visits_in_week, weekly_invoice
from visits import parse_visit

MONDAY = date(2024, 3, 4)

LOG = [parse_visit(line) for line in """
Biscuit 2024-03-03 18:00
Biscuit 2024-03-04 08:30
Mango 2024-03-04 08:30 60
Biscuit 2024-03-06 17:45 45
Mango 2024-03-10 09:00
Biscuit 2024-03-11 08:30
""".strip().splitlines()]


def test_visits_in_week():
    days = [visit.day.day for visit in visits_in_week(LOG, MONDAY)]
    assert days == [4, 4, 6, 10]


def test_weekly_invoice():
    assert weekly_invoice(LOG, MONDAY) == {"Biscuit": 3000, "Mango": 3000}


def test_empty_week():
    assert weekly_invoice(LOG, date(2024, 4, 1)) == {}
