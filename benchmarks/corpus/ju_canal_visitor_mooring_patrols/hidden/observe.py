"""PatrolBook stays, overstays and charges for boats seen daily, every other day and with gaps of GAP_DAYS either side, moving between sites, on the short and long sites, then random patrol logs over two months checked on several days."""

import random
from datetime import date, timedelta

from observing import attempt
from moorings import PatrolBook

START = date(2025, 6, 2)
SITES = {"Bridge 62": 14, "Foxton Bottom Lock": 2, "Market Harborough Basin": 7, "Debdale Wharf": 5}


def run(sightings, checks):
    book = PatrolBook(dict(SITES))
    logged = [attempt(book.log, START + timedelta(days=n), boat, site) for n, boat, site in sightings]
    stays = {boat: (site, (arrived - START).days, (last - START).days) for boat, (site, arrived, last) in book.current_stays().items()}
    checked = [(n, attempt(book.overstays, START + timedelta(days=n)), attempt(book.charges, START + timedelta(days=n))) for n in checks]
    return logged, stays, checked


def observe():
    rng = random.Random(6202)
    results = [attempt(run, [], [0, 10])]
    for site in SITES:
        for every in (1, 2, 3, 4, 5):
            for length in (1, 3, 4, 6, 8, 15, 16, 30):
                days = list(range(0, length, every))
                sightings = [(n, "512345", site) for n in days]
                checks = [days[-1], days[-1] + 3, days[-1] + 4]
                results.append(attempt(run, sightings, checks))
                moved = sightings + [(days[-1] + 1, "512345", "Debdale Wharf" if site != "Debdale Wharf" else "Bridge 62")]
                results.append(attempt(run, moved, checks))
    results.append(attempt(run, [(0, "1", "Nowhere"), (1, "1", "Bridge 62")], [1]))
    boats = ["512345", "77021", "803311", "52110", "64009", "90210"]
    for _ in range(120):
        sightings = []
        for boat in rng.sample(boats, rng.randint(1, len(boats))):
            site = rng.choice(list(SITES))
            n = rng.randint(0, 10)
            while n < 60:
                if rng.random() < 0.08:
                    site = rng.choice(list(SITES))
                sightings.append((n, boat, site))
                n += rng.choice((1, 1, 1, 2, 2, 3, 4, 5, 9))
        rng.shuffle(sightings)
        checks = sorted(rng.sample(range(0, 70), 4))
        results.append(attempt(run, sightings, checks))
    return results
