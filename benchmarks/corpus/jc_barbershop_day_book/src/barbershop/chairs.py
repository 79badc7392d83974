"""What the day looks like for each chair, and what it should take."""

from __future__ import annotations

from datetime import datetime, timedelta, time

from barbershop.book import Appointment

MINUTES = {
    "Haircut": 30,
    "Skin fade": 40,
    "Beard trim": 15,
    "Hot towel shave": 30,
    "Kids cut": 20,
}
PRICES = {
    "Haircut": 18.0,
    "Skin fade": 22.0,
    "Beard trim": 10.0,
    "Hot towel shave": 20.0,
    "Kids cut": 12.0,
}


def ends(appointment: Appointment) -> time:
    start = datetime.combine(datetime.min, appointment.at)
    return (start + timedelta(minutes=MINUTES[appointment.service])).time()


def barber_day(appointments: list[Appointment], barber: str) -> list[tuple[str, str, str]]:
    """The barber's appointments in time order, as (start, end, service)."""
    own = sorted((a for a in appointments if a.barber == barber), key=lambda a: a.at)
    return [(a.at.strftime("%H:%M"), ends(a).strftime("%H:%M"), a.service) for a in own]


def clashes(appointments: list[Appointment]) -> list[tuple[str, str]]:
    """Pairs of (barber, start time) where an appointment begins before the last one ended."""
    found = []
    for barber in sorted({a.barber for a in appointments}):
        own = sorted((a for a in appointments if a.barber == barber), key=lambda a: a.at)
        for before, after in zip(own, own[1:]):
            if after.at < ends(before):
                found.append((barber, after.at.strftime("%H:%M")))
    return found


def takings(appointments: list[Appointment]) -> dict[str, float]:
    """Expected takings per barber if everyone turns up."""
    totals: dict[str, float] = {}
    for a in appointments:
        totals[a.barber] = totals.get(a.barber, 0.0) + PRICES[a.service]
    return totals
