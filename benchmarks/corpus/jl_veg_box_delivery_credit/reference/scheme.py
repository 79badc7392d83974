"""The weekly veg box round: customers pay credit in ahead, each box comes out of
it, and every tenth box a customer receives is free."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from boxes import LOYALTY_EVERY, delivery_day, parse_pounds, price_of, week_of


@dataclass
class Customer:
    name: str
    size: str
    credit: int = 0  # pence
    boxes: int = 0  # boxes received so far
    away: list[tuple[date, date]] = field(default_factory=list)

    def is_away(self, week: date) -> bool:
        day = delivery_day(week)
        return any(first <= day <= last for first, last in self.away)


class Round:
    def __init__(self) -> None:
        self.customers: dict[str, Customer] = {}
        self.chase: set[str] = set()  # customers whose credit has run out

    def join(self, name: str, size: str, credit: str = "0") -> None:
        if name in self.customers:
            raise ValueError(f"{name} is already on the round")
        price_of(size)
        self.customers[name] = Customer(name, size, parse_pounds(credit))

    def top_up(self, name: str, amount: str) -> None:
        self.customers[name].credit += parse_pounds(amount)

    def change_size(self, name: str, size: str) -> None:
        price_of(size)
        self.customers[name].size = size

    def holiday(self, name: str, first: date, last: date) -> None:
        if last < first:
            raise ValueError("holiday ends before it starts")
        self.customers[name].away.append((first, last))

    def run_week(self, week: date) -> list[tuple[str, str, int]]:
        """Deliver a week's boxes: (customer, size, pence charged) for each box, by name.

        A customer away on the delivery day gets no box and pays nothing. One whose
        credit does not cover the box gets none and goes on the chase list until a
        box is paid for again. Every LOYALTY_EVERY-th box a customer receives is free.
        """
        week = week_of(week)
        delivered = []
        for name in sorted(self.customers):
            customer = self.customers[name]
            if customer.is_away(week):
                continue
            free = (customer.boxes + 1) % LOYALTY_EVERY == 0
            price = 0 if free else price_of(customer.size)
            if customer.credit < price:
                self.chase.add(name)
                continue
            customer.credit -= price
            customer.boxes += 1
            self.chase.discard(name)
            delivered.append((name, customer.size, price))
        return delivered

    def statement(self, name: str) -> str:
        customer = self.customers[name]
        pounds, pence = divmod(customer.credit, 100)
        return f"{customer.name} ({customer.size}): {customer.boxes} boxes, £{pounds}.{pence:02d} in credit"
