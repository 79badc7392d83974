"""Random runs of bookings and cancellations on classes of several sizes."""

import random

from gym import FitnessClass, Member
from observing import attempt


def state(fitness_class):
    return (fitness_class.roster(), [m.name for m in fitness_class.waitlist], fitness_class.spots_left)


def observe():
    rng = random.Random(8080)
    people = [Member(i, name, premium=i % 3 == 0) for i, name in enumerate(
        ["ana", "ben", "cy", "dee", "emil", "fay", "gus", "hal", "ida", "jo"], start=1)]
    results = []
    single = FitnessClass("solo", 1)
    for person in people[:4]:
        results.append(attempt(single.book, person))
    for person in people[:4]:
        results.append((attempt(single.cancel, person.id), state(single)))
    results.append(attempt(single.cancel, 1))
    for _ in range(60):
        fitness_class = FitnessClass("c", rng.randint(1, 4))
        trace = []
        for _ in range(rng.randint(5, 25)):
            person = rng.choice(people)
            if rng.random() < 0.6:
                trace.append(attempt(fitness_class.book, person))
            else:
                trace.append(attempt(fitness_class.cancel, person.id))
            trace.append(state(fitness_class))
        results.append(trace)
    return results
