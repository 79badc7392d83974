"""Invoice lines, totals and overruns for jobs with and without parts, then random jobs."""

import random

from observing import attempt
from invoices import Invoice, parts_margin
from jobs import Job, Part


def invoice(job):
    bill = Invoice(job)
    return bill.lines(), bill.net(), bill.vat(), bill.total(), bill.over_estimate()


def observe():
    rng = random.Random(1790)
    results = []
    parts = [Part("Mainspring", 11.0, 24.0), Part("Bush", 0.4, 3.0, 6), Part("Free", 0.0, 0.0), Part("Same", 5.0, 5.0, 2)]
    for hours in (0.0, 0.25, 1.0, 3.5):
        for chosen in ([], parts[:1], parts[1:2], parts[2:], parts):
            for estimate in (None, 0.0, 50.0, 500.0):
                job = Job(1, "c", "clock", hours, list(chosen), estimate)
                results.append(attempt(invoice, job))
    for _ in range(150):
        job = Job(rng.randint(1, 9999), "c", "clock", rng.choice([0.5, 1.0, 1.5, 2.0, 4.25, 7.0]))
        for _ in range(rng.randint(0, 6)):
            cost = round(rng.uniform(0.2, 60.0), 2)
            job.add_part(Part(rng.choice(["Mainspring", "Bush", "Gut line", "Click spring", "Glass"]), cost, round(cost * rng.choice([1.0, 1.5, 2.0, 2.5]), 2), rng.randint(1, 4)))
        job.estimate = rng.choice([None, float(rng.randint(40, 600))])
        results.append(attempt(invoice, job))
        results.append(attempt(parts_margin, [job]))
    return results
