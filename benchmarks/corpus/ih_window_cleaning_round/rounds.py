from __future__ import annotations

from datetime import date

from customers import Customer

# Extra jobs (conservatories, gutters) are only booked for customers who are paid up.
EXTRA_JOB_LIMIT = 0.0


class Round:
    def __init__(self, customers: list[Customer]):
        self.customers = list(customers)

    def find(self, street: str, house: int) -> Customer:
        for customer in self.customers:
            if customer.street == street and customer.house == house:
                return customer
        raise KeyError(f"{house} {street}")

    def due(self, today: date) -> list[Customer]:
        """The customers to clean on `today`, in the order the van goes round (street,
        then house number): everyone not on hold whose last clean was at least their
        cycle ago, and new customers who have never had a clean."""
        due = []
        for customer in self.customers:
            if customer.on_hold or customer.balance > EXTRA_JOB_LIMIT:
                continue
            last = customer.last_cleaned
            if last is None or (today - last).days >= customer.cycle_weeks * 7:
                due.append(customer)
        due.sort(key=lambda c: (c.street, c.house))
        return due

    def can_book_extra(self, customer: Customer) -> bool:
        return not customer.on_hold and customer.balance <= EXTRA_JOB_LIMIT

    def clean(self, customer: Customer, today: date, paid: float = 0.0) -> None:
        """Record a clean: the price goes on the customer's balance, less what they paid."""
        customer.last_cleaned = today
        customer.balance = round(customer.balance + customer.price - paid, 2)

    def day_takings(self, today: date) -> float:
        """What the day's round is worth if everyone due pays for this clean."""
        return round(sum(customer.price for customer in self.due(today)), 2)
