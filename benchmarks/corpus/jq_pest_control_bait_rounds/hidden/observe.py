"""Round.due, last_check and sites_to_visit for stations whose latest visit was a check, a no-access visit or both on one day, then random sites and visit logs checked on several days."""

import random
from datetime import date, timedelta

from observing import attempt
from baitrounds.log import Station, Visit
from baitrounds.rounds import Round

START = date(2024, 1, 1)


def last_as_tuple(rounds, code):
    visit = rounds.last_check(code)
    return None if visit is None else (visit.station, visit.day, visit.accessed, visit.activity)


def run(stations, visits, today):
    rounds = Round(stations, visits)
    lasts = [last_as_tuple(rounds, s.code) for s in stations]
    return rounds.due(today), rounds.sites_to_visit(today), lasts


def observe():
    rng = random.Random(7731)
    results = []
    box = Station("R1", "Mill", "rodent")
    monitor = Station("I1", "Mill", "insect")
    for station in (box, monitor):
        for pattern in ([True], [False], [True, False], [False, True], [False, False], [True, True]):
            for gap in (0, 1, 5, 20):
                for activity in (False, True):
                    visits = []
                    day = START
                    for accessed in pattern:
                        visits.append(Visit(station.code, day, accessed, activity and accessed))
                        day += timedelta(days=gap)
                    for later in (0, 6, 7, 27, 28, 30, 41, 42, 60):
                        results.append(attempt(run, [station], visits, day + timedelta(days=later)))
    for _ in range(150):
        sites = ["Mill", "Bakery", "Depot", "School"][: rng.randint(1, 4)]
        stations = [
            Station(f"{kind[0].upper()}{n}", rng.choice(sites), kind)
            for n, kind in enumerate(rng.choice(("rodent", "insect")) for _ in range(rng.randint(0, 8)))
        ]
        visits = []
        for _ in range(rng.randint(0, 25)):
            if not stations:
                break
            accessed = rng.random() < 0.7
            visits.append(Visit(rng.choice(stations).code, START + timedelta(days=rng.randint(0, 90)), accessed, accessed and rng.random() < 0.3))
        for today in (START + timedelta(days=rng.randint(0, 150)) for _ in range(3)):
            results.append(attempt(run, stations, visits, today))
    return results
