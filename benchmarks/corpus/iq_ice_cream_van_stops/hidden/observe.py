"""Stops for no sales, one sale, gaps at the edge, then random days on the round."""

import random
from datetime import datetime, timedelta

from observing import attempt
from icevan.stops import busiest_stop, group_stops, stop_summary
from icevan.till import Sale

START = datetime(2024, 7, 13, 12, 0)
ITEMS = [("99 Flake", 250), ("Lolly", 120), ("Slush", 180), ("Tub", 300), ("Screwball", 200)]


def shape(stops):
    return [[(sale.at.strftime("%H:%M"), sale.item) for sale in stop] for stop in stops]


def day(minutes):
    return [Sale(START + timedelta(minutes=m), ITEMS[k % len(ITEMS)][0], ITEMS[k % len(ITEMS)][1]) for k, m in enumerate(minutes)]


def observe():
    rng = random.Random(7313)
    results = []
    cases = [[], [0], [0, 10], [0, 11], [0, 10, 20], [0, 0, 0], [0, 30, 31, 60], [5, 40, 41, 42, 43]]
    for minutes in cases:
        sales = day(minutes)
        results.append(attempt(lambda: shape(group_stops(sales))))
        results.append(attempt(lambda: shape(group_stops(sales, timedelta(minutes=20)))))
        results.append(attempt(stop_summary, sales))
        results.append(attempt(busiest_stop, sales))
    for _ in range(80):
        minute = 0
        minutes = []
        for _ in range(rng.randint(0, 25)):
            minute += rng.choice([0, 1, 2, 3, 5, 9, 10, 11, 25, 40])
            minutes.append(minute)
        sales = day(minutes)
        gap = timedelta(minutes=rng.choice([5, 10, 15]))
        results.append(attempt(lambda: shape(group_stops(sales, gap))))
        results.append(attempt(stop_summary, sales))
        results.append(attempt(busiest_stop, sales))
    return results
