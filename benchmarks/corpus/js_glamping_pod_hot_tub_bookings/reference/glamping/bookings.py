"""Bookings, and which pods can still be offered when someone rings up.

A booking runs from its arrival day to its leaving day; the leaving day is free for
the next guests to arrive (changeover is 11 till 3). Cancelled bookings stay in the
book, marked, so the deposit can be traced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from glamping.pods import Pod


@dataclass
class Booking:
    pod: str
    arrive: date
    leave: date
    guests: int
    dogs: int = 0
    cancelled: bool = False


def overlaps(booking: Booking, arrive: date, leave: date) -> bool:
    return booking.arrive < leave and arrive < booking.leave


def free_pods(pods: list[Pod], bookings: list[Booking], arrive: date, leave: date,
              guests: int, dogs: int = 0, hot_tub: bool = False) -> list[str]:
    """The pods that can take the party for those nights, smallest first, so the
    big pods stay free for families."""
    if leave <= arrive:
        raise ValueError("leaving before arriving")
    taken = {b.pod for b in bookings if not b.cancelled and overlaps(b, arrive, leave)}
    offer = []
    for pod in sorted(pods, key=lambda p: (p.sleeps, p.name)):
        if pod.name in taken or pod.sleeps < guests:
            continue
        if dogs and not pod.dogs:
            continue
        if hot_tub and not pod.hot_tub:
            continue
        offer.append(pod.name)
    return offer


def nights_let(bookings: list[Booking], pod: str) -> int:
    return sum((b.leave - b.arrive).days for b in bookings if b.pod == pod and not b.cancelled)
