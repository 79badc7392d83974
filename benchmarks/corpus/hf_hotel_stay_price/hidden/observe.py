"""Random stays in every room type, in the catalogue and in made-up ones."""

import random
from datetime import date, timedelta
from decimal import Decimal

from hotel.pricing import price_breakdown, price_stay
from hotel.rooms import ROOMS, RoomType
from hotel.stays import Stay
from observing import attempt

MINE = {
    "BNK": RoomType("BNK", "Bunk", Decimal("30"), Decimal("35"), included_guests=1, sleeps=6, extra_guest_fee=Decimal("12.25")),
    "LOFT": RoomType("LOFT", "Loft", Decimal("99.99"), Decimal("120"), included_guests=4, sleeps=6, extra_guest_fee=Decimal("9")),
    "ZERO": RoomType("ZERO", "Zero", Decimal("50"), Decimal("50"), included_guests=0, sleeps=2, extra_guest_fee=Decimal("5")),
}


def observe():
    rng = random.Random(3030)
    results = []
    monday = date(2024, 6, 3)
    for code in ROOMS:
        for guests in range(0, 7):
            for nights in (1, 2, 6, 7, 10):
                stay = Stay(code, monday + timedelta(days=4), monday + timedelta(days=4 + nights), guests)
                results.append(attempt(price_stay, stay))
    for code in MINE:
        for guests in range(0, 7):
            results.append(attempt(price_stay, Stay(code, monday, monday + timedelta(days=3), guests), MINE))
    for _ in range(120):
        rooms = rng.choice([ROOMS, MINE])
        code = rng.choice(sorted(rooms))
        check_in = monday + timedelta(days=rng.randint(0, 60))
        stay = Stay(code, check_in, check_in + timedelta(days=rng.randint(0, 12)), rng.randint(1, 6))
        results.append((attempt(price_stay, stay, rooms), attempt(price_breakdown, stay, rooms)))
    return results
