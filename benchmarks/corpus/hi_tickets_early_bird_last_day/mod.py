"""Ticket prices for the summer festival: early-bird, standard and at the door."""

from dataclasses import dataclass
from datetime import date

EARLY_BIRD_DISCOUNT = 0.20
DOOR_SURCHARGE = 500  # cents, on tickets bought on the day
GROUP_SIZE = 10
GROUP_DISCOUNT = 0.10


@dataclass(frozen=True)
class Event:
    name: str
    day: date
    price: int  # standard price in cents
    sales_open: date
    early_bird_until: date  # the last day of the early-bird price


def unit_price(event, bought_on):
    """The price in cents of one ticket bought on `bought_on`."""
    if not event.sales_open <= bought_on <= event.day:
        raise ValueError(f"tickets for {event.name} are not on sale on {bought_on}")
    if bought_on < event.early_bird_until:
        return round(event.price * (1 - EARLY_BIRD_DISCOUNT))
    if bought_on == event.day:
        return event.price + DOOR_SURCHARGE
    return event.price


def order_total(event, bought_on, quantity):
    """Tickets for a group: GROUP_DISCOUNT off the whole order from GROUP_SIZE tickets on."""
    if quantity < 1:
        raise ValueError("at least one ticket")
    total = unit_price(event, bought_on) * quantity
    if quantity >= GROUP_SIZE:
        total = round(total * (1 - GROUP_DISCOUNT))
    return total
