"""When each trade customer's bins are emptied, and what they are billed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bins.holidays import is_working_day

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Contract:
    customer: str
    litres: int
    first: date
    every_weeks: int = 1
    price_per_lift: float = 9.5


class Schedule:
    def __init__(self, contracts: list[Contract], holidays: set[date]):
        self.contracts = contracts
        self.holidays = holidays

    def collections(self, contract: Contract, start: date, end: date) -> list[date]:
        """Days the contract's bin is emptied from start to end, both included. A lift
        that falls on a bank holiday slips to the next working day."""
        days = []
        planned = contract.first
        while planned <= end:
            actual = planned
            while not is_working_day(actual, self.holidays):
                actual += ONE_DAY
            if start <= actual <= end:
                days.append(actual)
            planned += timedelta(weeks=contract.every_weeks)
        return days

    def day_list(self, day: date) -> list[tuple[str, int]]:
        """The crew's sheet: customer and bin size for every lift on the day."""
        return sorted(
            (contract.customer, contract.litres)
            for contract in self.contracts
            if day in self.collections(contract, day, day)
        )

    def invoice(self, contract: Contract, start: date, end: date) -> float:
        lifts = len(self.collections(contract, start, end))
        return round(lifts * contract.price_per_lift, 2)
