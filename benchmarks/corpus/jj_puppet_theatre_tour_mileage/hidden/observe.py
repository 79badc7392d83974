"""legs, mileage_by_month, nights_away and tour_summary for tours with and without days off (one day, two days, the same town again after a break, shows in the base town), then random tours."""

import dataclasses
import random
from datetime import date, timedelta

from observing import attempt
from puppettour.claims import mileage_by_month, nights_away, tour_summary
from puppettour.tour import Show, Tour

TOWNS = ["Frome", "Bruton", "Wells", "Taunton", "Glastonbury"]
MILES = {
    ("Frome", "Bruton"): 13.5,
    ("Frome", "Wells"): 17.0,
    ("Frome", "Taunton"): 47.5,
    ("Frome", "Glastonbury"): 22.0,
    ("Bruton", "Wells"): 15.5,
    ("Wells", "Glastonbury"): 6.0,
    ("Glastonbury", "Taunton"): 23.0,
    ("Bruton", "Taunton"): 36.0,
    ("Wells", "Taunton"): 29.0,
    ("Bruton", "Glastonbury"): 12.0,
}
START = date(2024, 9, 27)


def run(bookings):
    tour = Tour("Frome", MILES)
    booked = []
    for offset, town in bookings:
        booked.append(attempt(tour.book, Show(START + timedelta(days=offset), f"{town} hall", town, 300 + 10 * offset)))
    return (
        booked,
        [dataclasses.astuple(leg) for leg in tour.legs()],
        mileage_by_month(tour),
        nights_away(tour),
        tour_summary(tour),
    )


def observe():
    rng = random.Random(3381)
    results = []
    edge = [
        [],
        [(0, "Wells")],
        [(0, "Frome")],
        [(0, "Wells"), (1, "Glastonbury")],
        [(0, "Wells"), (2, "Glastonbury")],
        [(0, "Wells"), (2, "Wells")],
        [(0, "Wells"), (1, "Wells"), (5, "Wells")],
        [(0, "Wells"), (3, "Frome"), (4, "Bruton")],
        [(0, "Frome"), (2, "Taunton"), (3, "Frome"), (9, "Bruton")],
        [(4, "Taunton"), (0, "Wells"), (1, "Glastonbury"), (8, "Bruton"), (9, "Wells")],
        [(0, "Wells"), (0, "Bruton")],
        [(0, "Bruton"), (1, "Taunton"), (2, "Wells"), (10, "Glastonbury"), (20, "Taunton"), (21, "Frome")],
    ]
    for bookings in edge:
        results.append(attempt(run, bookings))
    for _ in range(150):
        bookings = [(rng.randint(0, 40), rng.choice(TOWNS)) for _ in range(rng.randint(0, 9))]
        results.append(attempt(run, bookings))
    return results
