"""Tank.doses for each crop at readings under, at and over its EC and pH targets, including pH far enough under to need a note, then random tanks and morning logs through read_log and dose_sheet."""

import random

from observing import attempt
from hydro.dosing import CROPS
from hydro.tanks import Reading, Tank, dose_sheet, read_log


def plain(dose):
    return (dose.tank, dose.nutrient_ml, dose.acid_ml, dose.note)


def one(tank, ec, ph):
    return plain(tank.doses(Reading(tank.name, ec, ph)))


def sheet(tanks, text):
    return [plain(d) for d in dose_sheet(tanks, read_log(text))]


def observe():
    rng = random.Random(1566)
    results = []
    for crop, (ec, ph) in sorted(CROPS.items()):
        for litres in (0, 50, 200, 1000):
            tank = Tank("T", litres, crop)
            for dec in (-0.6, -0.1, 0, 0.1, 0.5):
                for dph in (-1.0, -0.35, -0.3, -0.2, 0, 0.1, 0.4, 1.5):
                    results.append(attempt(one, tank, round(ec + dec, 2), round(ph + dph, 2)))
    results.append(attempt(one, Tank("X", 100, "rocket"), 1.0, 6.0))
    for _ in range(150):
        tanks = [Tank(f"T{n}", rng.choice((80, 150, 200, 400, 1200)), rng.choice(sorted(CROPS))) for n in range(rng.randint(1, 6))]
        rows = ["tank,ec,ph"]
        for tank in rng.sample(tanks, rng.randint(0, len(tanks))):
            ec = "" if rng.random() < 0.1 else f"{rng.uniform(0.3, 2.4):.2f}"
            ph = "" if rng.random() < 0.1 else f"{rng.uniform(5.0, 7.6):.1f}"
            rows.append(f"{tank.name},{ec},{ph}")
        results.append(attempt(sheet, tanks, "\n".join(rows)))
    return results
