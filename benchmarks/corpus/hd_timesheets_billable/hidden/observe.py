"""Random timesheet exports, billed."""

import random
from datetime import date, timedelta
from decimal import Decimal

from observing import attempt
from timesheets.billing import billable_hours, hours_by_person, invoice_lines
from timesheets.entries import STATUSES, Entry, parse_export


def observe():
    rng = random.Random(1404)
    results = []
    start = date(2024, 1, 1)
    projects = ["apollo", "hermes", "internal", "zeus"]
    rates = {"apollo": Decimal("90"), "hermes": Decimal("110"), "internal": Decimal("0"), "zeus": Decimal("72.5")}
    cases = [
        [],
        [Entry(start, "a", "apollo", Decimal("1"), "rejected")],
        [Entry(start, "a", "internal", Decimal("2"), "rejected")],
        [Entry(start, "a", "zeus", Decimal("3"), "draft"), Entry(start, "b", "zeus", Decimal("1.25"), "rejected")],
    ]
    for _ in range(60):
        lines = ["# export"]
        for _ in range(rng.randint(0, 10)):
            day = start + timedelta(days=rng.randint(0, 30))
            hours = Decimal(rng.randint(1, 40)) / 4
            lines.append(f"{day};{rng.choice(['ana', 'ben', 'cy'])};{rng.choice(projects)};{hours};{rng.choice(STATUSES)}")
            if rng.random() < 0.1:
                lines.append("")
        parsed = attempt(parse_export, "\n".join(lines))
        cases.append(parsed)
    for entries in cases:
        results.append(attempt(billable_hours, entries))
        results.append(attempt(hours_by_person, entries))
        results.append(attempt(invoice_lines, entries, rates))
    return results
