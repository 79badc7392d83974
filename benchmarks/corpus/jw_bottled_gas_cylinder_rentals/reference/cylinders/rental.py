"""Annual rental: the supplier charges us for each cylinder a customer has kept longer
than a year without swapping it, and we pass the charge on."""

from __future__ import annotations

from datetime import date

from cylinders.movements import Movement

FREE_DAYS = 365
RENTAL = {"propane 13kg": 21.50, "propane 47kg": 38.00, "butane 7kg": 16.00, "butane 15kg": 21.50}


def held(movements: list[Movement]) -> dict[str, Movement]:
    """The cylinders out with customers now, by serial, with the movement that sent them out."""
    out: dict[str, Movement] = {}
    for m in sorted(movements, key=lambda m: m.on):
        if m.out:
            out[m.serial] = m
        else:
            out.pop(m.serial, None)
    return out


def rental_due(movements: list[Movement], today: date) -> list[tuple[str, str, int, float]]:
    """(customer, serial, days out, charge) for every cylinder out longer than FREE_DAYS,
    longest out first; the charge is a year's rental for each year, or part of one,
    beyond them."""
    out = held(movements)
    for m in out.values():
        if m.size not in RENTAL:
            raise ValueError(f"{m.serial}: no rental rate for {m.size!r}")

    def days_out(sent: Movement) -> int:
        return (today - sent.on).days

    rows = []
    for serial, sent in out.items():
        days = days_out(sent)
        if days > FREE_DAYS:
            years = (days - 1) // FREE_DAYS
            rows.append((sent.customer, serial, days, round(years * RENTAL[sent.size], 2)))
    return sorted(rows, key=lambda row: (-row[2], row[1]))


def by_customer(rows: list[tuple[str, str, int, float]]) -> dict[str, float]:
    """The rental to invoice each customer."""
    totals: dict[str, float] = {}
    for customer, _serial, _days, charge in rows:
        totals[customer] = round(totals.get(customer, 0.0) + charge, 2)
    return totals
