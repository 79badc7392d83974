"""week_pay and pay_sheet for pickers out on four to seven days with week totals just under, at and over the bonus, crates either side of the week, then random tally books over three weeks."""

import random
from datetime import date, timedelta

from observing import attempt
from pay import envelope_line, pay_sheet, week_pay
from tallybook import Crate

MONDAY = date(2025, 3, 3)


def run(crates, week_start):
    names = sorted({c.picker for c in crates}) + ["Nobody"]
    return (
        [week_pay(crates, name, week_start) for name in names],
        pay_sheet(crates, week_start),
        [envelope_line(crates, name, week_start) for name in names],
    )


def spread(picker, total, days, start=MONDAY):
    """total bunches over the given number of days, as evenly as whole bunches allow."""
    crates = []
    for n in range(days):
        share = total // days + (1 if n < total % days else 0)
        crates.append(Crate(start + timedelta(days=n), picker, share))
    return crates


def observe():
    rng = random.Random(20250303)
    results = [attempt(run, [], MONDAY)]
    for days in (1, 4, 5, 6, 7):
        for total in (0, 1, 600, 1199, 1200, 1201, 2000, 4800):
            crates = spread("Kasia", total, days)
            results.append(attempt(run, crates, MONDAY))
            results.append(attempt(run, crates + spread("Kasia", 500, 3, MONDAY - timedelta(days=3)), MONDAY))
            results.append(attempt(run, crates, MONDAY + timedelta(days=1)))
    # several crates a day count as one day out
    results.append(attempt(run, [Crate(MONDAY, "Dorin", 60)] * 30, MONDAY))
    results.append(attempt(run, spread("Dorin", 1300, 4) + [Crate(MONDAY + timedelta(days=6), "Dorin", 1)], MONDAY))
    names = ["Kasia", "Dorin", "Milo", "Ana", "Tomasz", "Bea"]
    for _ in range(160):
        crates = []
        for name in rng.sample(names, rng.randint(1, len(names))):
            per_day = rng.choice((20, 60, 150, 250, 400))
            for offset in range(-7, 14):
                if rng.random() < rng.choice((0.3, 0.6, 0.9)):
                    for _ in range(rng.randint(1, 5)):
                        crates.append(Crate(MONDAY + timedelta(days=offset), name, rng.randint(0, per_day)))
        rng.shuffle(crates)
        week = MONDAY + timedelta(days=rng.choice((-7, 0, 0, 0, 3, 7)))
        results.append(attempt(run, crates, week))
    return results
