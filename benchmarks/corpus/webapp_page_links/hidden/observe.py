"""Every page of result lists of several sizes, and page links for every page and window."""

import random

from observing import attempt
from webapp.pagination import page_links, paginate
from webapp.views import results_page


def observe():
    rng = random.Random(311)
    results = []
    for total in (0, 1, 9, 10, 11, 45, 100):
        items = list(range(total))
        for per_page in (1, 7, 10, 20):
            for number in (-1, 0, 1, 2, 3, 5, 50):
                page = attempt(paginate, items, number, per_page)
                results.append(page)
    for total_pages in (1, 2, 3, 4, 5, 6, 7, 12, 20):
        for window in (1, 2, 3, 4, 5, 7):
            results.append([attempt(page_links, current, total_pages, window) for current in range(1, total_pages + 1)])
    for _ in range(20):
        results.append(attempt(results_page, [str(i) for i in range(rng.randint(0, 80))], rng.randint(0, 9)))
    return results
