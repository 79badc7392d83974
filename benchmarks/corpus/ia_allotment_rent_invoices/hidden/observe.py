"""invoice_lines and format_invoice around the concession age, with and without a
tap, committee members and arrears; then ~100 random tenants and plots."""

import random

from observing import attempt
from allotments.plots import Plot, Tenant
from allotments.rent import format_invoice, invoice_lines


def observe():
    rng = random.Random(6565)
    results = []
    for born in range(1955, 1963):
        for tap in (True, False):
            for area in (40, 55, 125, 250):
                plot = Plot("7", area, tap)
                results.append(attempt(invoice_lines, plot, Tenant("T", born), 2024))
                results.append(attempt(invoice_lines, plot, Tenant("T", born, arrears=450, committee=True), 2024))
    for _ in range(100):
        plot = Plot(f"{rng.randint(1, 60)}{rng.choice(['', 'a', 'b'])}", rng.randint(20, 400), rng.random() < 0.7)
        tenant = Tenant("N", rng.randint(1930, 2005), rng.choice([0, 0, 0, 350, 2500]), rng.random() < 0.1)
        year = rng.randint(2020, 2030)
        results.append(attempt(invoice_lines, plot, tenant, year))
        results.append(attempt(format_invoice, plot, tenant, year))
    return results
