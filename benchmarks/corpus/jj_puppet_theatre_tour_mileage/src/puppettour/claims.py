"""What the tour costs the company: mileage for the van and nights in digs."""

from __future__ import annotations

from collections import defaultdict

from puppettour.tour import Tour

PENCE_PER_MILE = 45
DIGS_PER_NIGHT = 70.0  # a room for the two of us, with breakfast


def mileage_by_month(tour: Tour) -> dict[str, float]:
    """Miles driven in each month ('2024-10'), for the mileage claim."""
    months: dict[str, float] = defaultdict(float)
    for leg in tour.legs():
        months[f"{leg.day:%Y-%m}"] += leg.miles
    return {month: round(miles, 1) for month, miles in months.items()}


def nights_away(tour: Tour) -> int:
    """Nights in digs: one after every show the van does not drive home from."""
    home_days = {leg.day for leg in tour.legs() if leg.end == tour.base}
    return sum(1 for show in tour.shows if show.day not in home_days and show.town != tour.base)


def tour_summary(tour: Tour) -> dict[str, float]:
    miles = sum(leg.miles for leg in tour.legs())
    fees = sum(show.fee for show in tour.shows)
    mileage = miles * PENCE_PER_MILE / 100
    digs = nights_away(tour) * DIGS_PER_NIGHT
    return {
        "miles": round(miles, 1),
        "fees": round(fees, 2),
        "mileage": round(mileage, 2),
        "digs": round(digs, 2),
        "net": round(fees - mileage - digs, 2),
    }
