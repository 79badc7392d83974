"""cut_dates for contracts whose cuts stay out of the nesting season, land on its first and last days, start inside it, or run over several years, then random contracts; season invoices and the day's round for each."""

import random
from datetime import date, timedelta

from observing import attempt
from hedging.contracts import Contract
from hedging.invoices import round_for, season_invoice


def dates(contract, until):
    return [d.isoformat() for d in contract.cut_dates(until)]


def invoice(contract, until):
    return [(d.isoformat(), pence) for d, pence in season_invoice(contract, until)]


def observe():
    rng = random.Random(7422)
    results = []
    winter = [
        (date(2024, 9, 2), 6, date(2025, 2, 28)),
        (date(2024, 9, 1), 1, date(2025, 2, 28)),
        (date(2024, 1, 1), 4, date(2024, 2, 29)),
        (date(2025, 1, 1), 2, date(2024, 12, 1)),
    ]
    nesting = [
        (date(2025, 1, 20), 8, date(2025, 10, 31)),
        (date(2025, 2, 22), 1, date(2025, 3, 1)),
        (date(2025, 8, 3), 4, date(2025, 9, 30)),
        (date(2025, 8, 31), 2, date(2025, 9, 1)),
        (date(2025, 8, 31), 2, date(2025, 8, 31)),
        (date(2025, 3, 1), 52, date(2027, 6, 1)),
        (date(2024, 6, 1), 4, date(2024, 9, 30)),
        (date(2023, 11, 6), 10, date(2026, 12, 31)),
        (date(2024, 2, 29), 26, date(2025, 9, 2)),
    ]
    for first, weeks, until in winter + nesting:
        contract = Contract("Client", 420, first, weeks)
        results.append(attempt(dates, contract, until))
        results.append(attempt(invoice, contract, until))
    for _ in range(120):
        first = date(2023, 9, 1) + timedelta(days=rng.randint(0, 700))
        contract = Contract(f"C{rng.randint(1, 99)}", rng.choice((60, 250, 900, 2400)), first, rng.randint(1, 20))
        until = first + timedelta(days=rng.randint(-30, 900))
        results.append(attempt(dates, contract, until))
    contracts = [Contract(f"C{n}", rng.randint(50, 3000), date(2024, 9, 1) + timedelta(days=rng.randint(0, 60)), rng.randint(1, 6)) for n in range(12)]
    for offset in range(0, 400, 9):
        day = date(2024, 9, 1) + timedelta(days=offset)
        results.append(attempt(round_for, contracts, day, date(2025, 10, 31)))
    return results
