from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass
class Customer:
    name: str
    street: str
    house: int
    price: float
    cycle_weeks: int = 4
    last_cleaned: date | None = None
    balance: float = 0.0
    on_hold: bool = False


def load_customers(text: str) -> list[Customer]:
    """The customer sheet as CSV: name,street,house,price,cycle_weeks,last_cleaned,balance,on_hold.
    last_cleaned is an ISO date or empty; on_hold is 'yes' or empty."""
    customers = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        last = row["last_cleaned"].strip()
        customers.append(
            Customer(
                name=row["name"].strip(),
                street=row["street"].strip(),
                house=int(row["house"]),
                price=float(row["price"]),
                cycle_weeks=int(row["cycle_weeks"] or 4),
                last_cleaned=date.fromisoformat(last) if last else None,
                balance=float(row["balance"] or 0),
                on_hold=row["on_hold"].strip().lower() == "yes",
            )
        )
    return customers
