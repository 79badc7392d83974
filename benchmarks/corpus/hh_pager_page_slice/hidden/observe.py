"""Every page number around the valid range, for many list lengths and page sizes."""

import random

from observing import attempt
from listing.links import caption, page_links
from listing.pager import Paginator


def observe():
    rng = random.Random(5150)
    results = []
    for length in (0, 1, 4, 5, 6, 11, 23):
        for per_page in (1, 5, 10):
            pager = Paginator(list(range(length)), per_page)
            results.append(pager.page_count)
            for number in range(-1, pager.page_count + 3):
                results.append(attempt(pager.page, number))
                results.append(attempt(caption, pager, number))
    for _ in range(60):
        pager = Paginator([f"r{n}" for n in range(rng.randint(0, 120))], rng.randint(1, 15))
        number = rng.randint(0, pager.page_count + 1)
        results.append((len(pager.items), pager.per_page, number, attempt(pager.page, number)))
        results.append(attempt(page_links, pager, max(number, 1)))
    return results
