"""Herd.fit_to_trek and plan on days before, on the edges of, inside and after a vet's
rest, around the second birthday, then random herds, rests and bookings."""

import random
from datetime import date, timedelta

from observing import attempt
from llamatrek.herd import Herd, Llama
from llamatrek.treks import Walker, plan

NAMES = ["Dolly", "Gizmo", "Nutmeg", "Pedro", "Bramble", "Fudge", "Kevin", "Juniper", "Hazel", "Otis"]
PEOPLE = ["Sue", "Tom", "Amy", "Raj", "Kit", "Max", "Ola", "Ben", "Ivy", "Lee", "Zoe", "Ned"]


def fit(llamas, rests, day):
    herd = Herd([Llama(name, born) for name, born in llamas])
    for name, start, end in rests:
        attempt(herd.rest, name, start, end)
    return herd.fit_to_trek(day)


def trek(llamas, rests, day, walkers):
    herd = Herd([Llama(name, born) for name, born in llamas])
    for name, start, end in rests:
        attempt(herd.rest, name, start, end)
    return plan(herd, day, [Walker(*walker) for walker in walkers])


def observe():
    rng = random.Random(7741)
    results = []
    llamas = [("Dolly", date(2015, 4, 2)), ("Gizmo", date(2019, 6, 20)), ("Pedro", date(2022, 6, 15))]
    start, end = date(2024, 6, 1), date(2024, 6, 10)
    for offset in range(-3, 14):
        day = start + timedelta(days=offset)
        results.append(attempt(fit, llamas, [("Dolly", start, end)], day))
        results.append(attempt(fit, llamas, [("Dolly", start, start), ("Pedro", end, end)], day))
        results.append(attempt(trek, llamas, [("Gizmo", start, end)], day, [("Sue", 44, "B1"), ("Raj", 30, "B2")]))
    results.append(attempt(fit, llamas, [("Dolly", end, start)], start))
    results.append(attempt(fit, [], [], start))
    for _ in range(150):
        llamas = [(name, date(2012, 1, 1) + timedelta(days=rng.randint(0, 4500))) for name in rng.sample(NAMES, rng.randint(0, len(NAMES)))]
        day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        rests = []
        for name, _born in llamas:
            if rng.random() < 0.5:
                first = day + timedelta(days=rng.randint(-60, 20))
                rests.append((name, first, first + timedelta(days=rng.randint(-1, 40))))
        results.append(attempt(fit, llamas, rests, day))
        walkers = [(person, rng.randint(4, 70), f"B{rng.randint(1, 4)}") for person in rng.sample(PEOPLE, rng.randint(0, 8))]
        results.append(attempt(trek, llamas, rests, day, walkers))
    return results
