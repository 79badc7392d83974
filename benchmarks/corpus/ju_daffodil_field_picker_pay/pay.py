"""Weekly piecework pay for the daffodil pickers.

Pickers are paid by the bunch at the season's rate. A picker who turns out on at
least BONUS_DAYS days of the week and picks at least BONUS_BUNCHES bunches in it
also gets the full-week bonus: the flowers will not wait, and the bonus is what
keeps a crew on the farm through the flush.
"""

from __future__ import annotations

from datetime import date, timedelta

from tallybook import Crate, pickers

RATE_PENCE = 9  # a bunch
BONUS_DAYS = 5
BONUS_BUNCHES = 1200
BONUS_PENCE = 5000


def week_pay(crates: list[Crate], picker: str, week_start: date) -> int:
    """What the picker has earned in the week from week_start, in pence."""
    week_end = week_start + timedelta(days=7)
    bunches = 0
    days = set()
    for crate in crates:
        if crate.picker == picker and week_start <= crate.day < week_end:
            bunches += crate.bunches
            days.add(crate.day)
    pay = bunches * RATE_PENCE
    if len(days) >= BONUS_DAYS:
        pay += BONUS_PENCE
    return pay


def pay_sheet(crates: list[Crate], week_start: date) -> dict[str, int]:
    """Every picker's pay for the week, for the wages envelopes."""
    sheet = {}
    for picker in pickers(crates):
        pay = week_pay(crates, picker, week_start)
        if pay:
            sheet[picker] = pay
    return sheet


def format_pence(pence: int) -> str:
    return f"£{pence // 100}.{pence % 100:02d}"


def envelope_line(crates: list[Crate], picker: str, week_start: date) -> str:
    """What goes on the front of the picker's wages envelope."""
    pay = week_pay(crates, picker, week_start)
    return f"{picker:<12} w/c {week_start:%d %b}  {format_pence(pay):>9}"
