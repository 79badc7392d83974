from datetime import date
from decimal import Decimal

from boxoffice.refunds import refund_for, refund_total
from boxoffice.tickets import Ticket

OPENING_NIGHT = date(2024, 10, 18)


def ticket(paid="25.50", number=1):
    return Ticket(number, OPENING_NIGHT, Decimal(paid))


def test_full_refund_a_month_ahead():
    assert refund_for(ticket(), date(2024, 9, 18)) == Decimal("24.00")


def test_half_refund_the_week_before():
    assert refund_for(ticket(), date(2024, 10, 11)) == Decimal("12.00")


def test_half_refund_rounds_to_the_cent():
    assert refund_for(ticket("18.75"), date(2024, 10, 11)) == Decimal("8.63")


def test_half_refund_three_days_ahead():
    assert refund_for(ticket(), date(2024, 10, 15)) == Decimal("12.00")


def test_nothing_on_the_day():
    assert refund_for(ticket(), OPENING_NIGHT) == Decimal("0")


def test_refund_total():
    tickets = [ticket("25.50", 1), ticket("31.50", 2)]
    assert refund_total(tickets, date(2024, 10, 10)) == Decimal("27.00")
