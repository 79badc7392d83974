"""Random days on the water: fish of every size landed and checked against the rules."""

import datetime
import random

from observing import attempt
from creel.log import Creel
from creel.rules import parse_rules

RULES = parse_rules("""\
trout, 25, 4, 10 11 12 1 2
pike, 60, 1, 3 4 5
perch, 0, 20,
zander, 42, 2, 4 5
bream, 0, 0,
""")
SPECIES = ["trout", "pike", "perch", "zander", "bream", "eel", "Trout"]


def observe():
    rng = random.Random(3131)
    results = []
    june = datetime.date(2024, 6, 1)
    for species in SPECIES:
        for length in (0, 24, 25, 41, 42, 59, 60, 90):
            results.append(attempt(Creel(RULES).may_keep, species, length, june))
            results.append(attempt(Creel(RULES).may_keep, species, length, datetime.date(2024, 4, 1)))
    creel = Creel(RULES)
    for length in (10, 12, 30, 10, 35, 26, 27, 11, 28, 40):
        results.append(attempt(creel.land, "trout", length, june))
    results.append(creel.bag(june))
    creel = Creel(RULES)
    for length in (30, 45, 62):
        creel.put_back("zander", length, june)
    results.append([attempt(creel.land, "zander", length, june) for length in (50, 41, 44, 60)])
    for _ in range(100):
        creel = Creel(RULES)
        start = datetime.date(2024, rng.randint(1, 12), rng.randint(1, 28))
        landed = []
        for _ in range(rng.randint(1, 25)):
            day = start + datetime.timedelta(days=rng.choice([0, 0, 0, 1]))
            if rng.random() < 0.2:
                creel.put_back(rng.choice(SPECIES), rng.randint(5, 95), day)
            else:
                landed.append(attempt(creel.land, rng.choice(SPECIES), rng.randint(5, 95), day))
        results.append((landed, creel.bag(start), creel.bag(start + datetime.timedelta(days=1))))
    return results
