"""Collections, day lists and invoices around single and back-to-back holidays, then random contracts."""

import random
from datetime import date, timedelta

from observing import attempt
from bins.schedule import Contract, Schedule

HOLIDAYS = {
    date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 6), date(2024, 5, 27),
    date(2024, 8, 26), date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1),
}
YEAR_START = date(2024, 1, 1)


def observe():
    rng = random.Random(1226)
    results = []
    schedule = Schedule([], HOLIDAYS)
    for first in (date(2024, 3, 4), date(2024, 5, 6), date(2024, 5, 7), date(2024, 3, 1), date(2024, 12, 25), date(2024, 12, 24)):
        for weeks in (1, 2, 4):
            contract = Contract("c", 660, first, weeks, 10.0)
            results.append(attempt(schedule.collections, contract, YEAR_START, date(2024, 12, 31)))
            results.append(attempt(schedule.collections, contract, date(2024, 12, 20), date(2025, 1, 10)))
            results.append(attempt(schedule.invoice, contract, date(2024, 3, 1), date(2024, 5, 31)))
    for _ in range(40):
        contracts = []
        for k in range(rng.randint(1, 6)):
            first = YEAR_START + timedelta(days=rng.randint(0, 300))
            contracts.append(Contract(f"cust{k}", rng.choice([240, 660, 1100]), first, rng.choice([1, 1, 2, 4]), rng.choice([9.5, 12.5, 14.0])))
        schedule = Schedule(contracts, HOLIDAYS)
        start = YEAR_START + timedelta(days=rng.randint(0, 330))
        end = start + timedelta(days=rng.randint(0, 40))
        for contract in contracts:
            results.append(attempt(schedule.collections, contract, start, end))
            results.append(attempt(schedule.invoice, contract, start, end))
        day = start + timedelta(days=rng.randint(0, 10))
        results.append(attempt(schedule.day_list, day))
    return results
