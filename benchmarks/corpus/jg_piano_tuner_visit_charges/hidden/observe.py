"""visit_charge for one to several pianos, around each price list's free radius, with pitch raises, then random visits and statements."""

import random
from datetime import date

from observing import attempt
from invoicing import Visit, monthly_statement, visit_charge
from rates import CONCERT, SCHOOLS, STANDARD

RATES = (STANDARD, SCHOOLS, CONCERT)
CUSTOMERS = ["Mrs Okafor", "St Anne's Primary", "Hollins Farm", "The Grange", "Town Hall", "Mr Dale"]


def observe():
    rng = random.Random(8802)
    results = []
    for rates in RATES:
        for pianos in (0, 1, 2, 3, 5):
            for miles in (0, 1, 9.5, 10, 10.5, 12, 24, 25, 26, 40):
                for raises in (0, 1, 2):
                    results.append(attempt(visit_charge, Visit("X", date(2024, 3, 1), pianos, miles, raises), rates))
    for _ in range(150):
        visits = [
            Visit(
                rng.choice(CUSTOMERS),
                date(2024, rng.randint(1, 12), rng.randint(1, 28)),
                rng.randint(1, 4),
                rng.choice((rng.randint(0, 45), round(rng.uniform(0, 45), 1))),
                rng.randint(0, 1),
            )
            for _ in range(rng.randint(1, 6))
        ]
        rates = rng.choice(RATES)
        results.append([attempt(visit_charge, visit, rates) for visit in visits])
        results.append(attempt(monthly_statement, visits, rates))
    return results
