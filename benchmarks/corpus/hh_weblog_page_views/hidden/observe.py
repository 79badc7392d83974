"""Views, visitors and top pages of random access logs, repeat visitors included."""

import random

from observing import attempt
from weblog.parse import Hit, parse_log
from weblog.report import page_views, top_pages, unique_visitors

IPS = ["10.0.0.1", "10.0.0.2", "10.0.0.3", "192.0.2.8"]
PATHS = ["/", "/pricing", "/docs", "/blog?page=2", "/login"]


def line(rng):
    return (f'{rng.choice(IPS)} - - [12/Mar/2024:10:{rng.randint(0, 59):02d}:00 +0000] '
            f'"{rng.choice(["GET", "GET", "GET", "POST", "HEAD"])} {rng.choice(PATHS)} HTTP/1.1" '
            f'{rng.choice([200, 200, 200, 301, 304, 404, 500])} {rng.choice(["-", "0", "512", "2048"])}')


def observe():
    rng = random.Random(8443)
    results = []
    edge = [
        [],
        [Hit("a", "GET", "/", 200, 1)],
        [Hit("a", "GET", "/", 200, 1), Hit("a", "GET", "/", 200, 1)],
        [Hit("a", "GET", "/", 404, 1), Hit("b", "GET", "/", 399, 1), Hit("b", "POST", "/", 200, 1)],
    ]
    for hits in edge:
        results.append((attempt(page_views, hits), attempt(unique_visitors, hits), attempt(top_pages, hits)))
    for _ in range(80):
        hits = parse_log([line(rng) for _ in range(rng.randint(0, 25))] + ["not a log line"])
        results.append(attempt(page_views, hits))
        results.append(attempt(unique_visitors, hits))
        results.append(attempt(top_pages, hits, rng.randint(1, 4)))
    return results
