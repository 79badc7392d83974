"""crate_labels over crate sizes around the stock size, then random stock."""

import random

from observing import attempt
from recordshop.crates import crate_labels, crate_of
from recordshop.stock import Record, price

ARTISTS = [
    "ABBA", "Adam Ant", "The Beatles", "Blondie", "Bowie", "Bronski Beat", "The Clash",
    "Cocteau Twins", "The Cure", "Devo", "Dexys", "Echo", "Eurythmics", "The Fall", "Fugazi",
    "Gang of Four", "Hole", "Joy Division", "Kate Bush", "The Smiths",
]
GRADES = ["M", "NM", "VG+", "VG", "G+", "G", "P"]


def stock(artists):
    return [Record(artist, f"LP {n}", "VG", 10.0) for n, artist in enumerate(artists)]


def observe():
    rng = random.Random(3345)
    results = []
    fixed = stock(ARTISTS[:9])
    for per_crate in range(-1, 12):
        results.append(attempt(crate_labels, fixed, per_crate))
    for size in range(0, 6):
        for per_crate in range(1, 7):
            results.append(attempt(crate_labels, stock(ARTISTS[:size]), per_crate))
            results.append(attempt(crate_labels, stock(ARTISTS[size:size * 2]), per_crate))
    for _ in range(150):
        artists = [rng.choice(ARTISTS) for _ in range(rng.randint(0, 30))]
        records = stock(artists)
        rng.shuffle(records)
        per_crate = rng.randint(1, 8)
        results.append(attempt(crate_labels, records, per_crate))
        results.append(attempt(crate_of, records, per_crate, rng.choice(ARTISTS)))
        record = Record("X", "Y", rng.choice(GRADES), round(rng.uniform(2, 60), 2))
        results.append(attempt(price, record))
    return results
