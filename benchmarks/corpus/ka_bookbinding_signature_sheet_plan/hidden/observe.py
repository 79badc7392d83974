"""sheet_pages, signature_of and print_list on books of every length up to a few signatures and a few sheets a signature, then random plans and pages."""

import random

from observing import attempt
from sewing import print_list, thread_mm
from signatures import blank_pages, plan_signatures, sheet_pages, signature_of


def run(plan, pages):
    return sheet_pages(plan), [attempt(signature_of, page, plan) for page in pages], print_list(plan), thread_mm(plan, 198)


def observe():
    rng = random.Random(8306)
    results = [attempt(run, [], [0, 1])]
    for per in (1, 2, 3, 4, 5, 6):
        for pages in (1, 4, 5, 8, 12, 16, 17, 20, 24, 31, 32, 33, 48, 64, 90, 100):
            plan = plan_signatures(pages, per)
            total = sum(plan) * 4
            results.append(attempt(run, plan, [0, 1, 2, 3, 4, 5, pages, total, total + 1] + list(range(6, total, 5))))
            results.append(attempt(blank_pages, pages, plan))
    for plan in ([1, 1, 1], [3, 1], [1, 5], [2, 2, 2, 2, 2], [8], [4, 4, 4, 4, 4, 3]):
        results.append(attempt(run, plan, list(range(0, sum(plan) * 4 + 2))))
    for _ in range(150):
        if rng.random() < 0.5:
            plan = plan_signatures(rng.randint(0, 400), rng.randint(1, 8))
        else:
            plan = [rng.randint(1, 8) for _ in range(rng.randint(0, 12))]
        total = sum(plan) * 4
        pages = [rng.randint(-2, total + 3) for _ in range(rng.randint(0, 10))]
        results.append(attempt(run, plan, pages))
    return results
