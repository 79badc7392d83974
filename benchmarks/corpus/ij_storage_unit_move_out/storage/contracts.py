"""Invoices at the start and the end of a self-storage rental. Rent is paid monthly,
in advance, for calendar months."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from storage.money import days_in_month, pro_rata, to_pennies

NOTICE_DAYS = 14
VAT_RATE = Decimal("0.20")


@dataclass(frozen=True)
class Rental:
    unit: str
    customer: str
    monthly_rent: Decimal
    moved_in: date
    deposit: Decimal = Decimal("0.00")


def first_invoice(rental: Rental) -> Decimal:
    """Rent for the rest of the month moved in, move-in day included, plus the deposit."""
    month_days = days_in_month(rental.moved_in)
    days = month_days - rental.moved_in.day + 1
    return pro_rata(rental.monthly_rent, days, month_days) + rental.deposit


def move_out_settlement(rental: Rental, notice_given: date, move_out: date, damage: Decimal = Decimal("0.00")) -> Decimal:
    """What goes back to the customer when they leave; negative when they still owe.
    The month they leave in is paid to its end, so the days after move-out day come
    back pro rata. Notice short of NOTICE_DAYS is charged for the days missing, pro
    rata as well. The deposit comes back less any damage."""
    if move_out < rental.moved_in:
        raise ValueError("moving out before moving in")
    if notice_given > move_out:
        raise ValueError("notice given after moving out")
    month_days = days_in_month(move_out)
    unused = month_days - move_out.day
    settlement = pro_rata(rental.monthly_rent, month_days, unused)
    short = NOTICE_DAYS - (move_out - notice_given).days
    if short > 0:
        settlement -= pro_rata(rental.monthly_rent, short, month_days)
    return settlement + rental.deposit - damage


def with_vat(amount: Decimal) -> Decimal:
    return to_pennies(amount * (1 + VAT_RATE))
