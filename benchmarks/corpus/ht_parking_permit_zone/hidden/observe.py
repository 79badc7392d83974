"""Permit lookups and notices over random registries, zones, days and sightings."""

import random
from datetime import date, datetime, timedelta

from observing import attempt
from parking.enforcement import notices
from parking.permits import Permit, PermitRegistry, parse_permit

PLATES = ["AB12CDE", "KT19XYZ", "GH55OPQ", "LM07ABC", "YY70ZZZ"]
ZONES = ["Z1", "Z2", "Z3", "Z4"]
BASE = date(2024, 1, 1)


def random_permit(rng, n):
    start = BASE + timedelta(days=rng.randint(0, 300))
    zones = frozenset(rng.sample(ZONES, rng.randint(1, 3)))
    return Permit(f"P-{n}", rng.choice(PLATES), zones, start, start + timedelta(days=rng.randint(0, 120)))


def number(permit):
    return None if permit is None else permit.number


def observe():
    rng = random.Random(3381)
    results = []
    edge = PermitRegistry([
        parse_permit("P-1; AB12 CDE; Z1,Z3; 2024-01-01; 2024-06-30"),
        parse_permit("P-2; AB12CDE; Z2; 2024-06-30; 2024-07-01"),
        parse_permit("P-3; KT19 XYZ; Z2, Z4; 2024-03-01; 2024-03-01"),
    ])
    for plate in ("AB12CDE", "ab12 cde", "KT19XYZ", "NOPE"):
        for zone in ZONES + ["Z9"]:
            for day in (date(2023, 12, 31), date(2024, 1, 1), date(2024, 3, 1), date(2024, 6, 30),
                        date(2024, 7, 1), date(2024, 7, 2)):
                results.append(attempt(lambda: number(edge.find(plate, zone, day))))
    for bad in ("P-9; AB1; ; 2024-01-01; 2024-01-02", "P-9; AB1; Z1; 2024-01-02; 2024-01-01"):
        results.append(attempt(parse_permit, bad))
    for n in range(100):
        registry = PermitRegistry([random_permit(rng, 10 * n + k) for k in range(rng.randint(0, 6))])
        finds = []
        for _ in range(8):
            day = BASE + timedelta(days=rng.randint(0, 420))
            finds.append(attempt(lambda: number(registry.find(rng.choice(PLATES), rng.choice(ZONES), day))))
        sightings = []
        for _ in range(rng.randint(0, 10)):
            when = datetime(2024, 1, 1, 8) + timedelta(days=rng.randint(0, 420), minutes=rng.randint(0, 600))
            sightings.append((rng.choice(PLATES), rng.choice(ZONES + ["z1", "z2"]), when))
        fines = {"Z1": 90, "Z3": 55} if n % 2 else None
        results.append((finds, attempt(notices, sightings, registry, fines)))
    return results
