"""due_for_disposal and clearance_summary on claimed and unclaimed items around each
holding period, then random registers (some read from CSV, some with claims made later)."""

import random
from datetime import date, timedelta

from observing import attempt
from lostproperty.disposals import clearance_summary, due_for_disposal
from lostproperty.register import HOLDING_DAYS, Item, claim, read_register

CATEGORIES = sorted(HOLDING_DAYS)


def run(items, today):
    return due_for_disposal(items, today), clearance_summary(items, today)


def run_csv(text, today, claims):
    items = read_register(text)
    for ref, on in claims:
        attempt(claim, items, ref, on)
    return run(items, today)


def observe():
    rng = random.Random(4417)
    results = []
    today = date(2024, 6, 30)
    for category in CATEGORIES:
        days = HOLDING_DAYS[category]
        for held in (0, days - 1, days, days + 1, days + 30):
            for claimed in (None, today - timedelta(days=held), today, today + timedelta(days=1)):
                for value in (0, 249, 250):
                    item = Item("LP-1", today - timedelta(days=held), category, "thing", value, claimed)
                    results.append(attempt(run, [item], today))
    results.append(attempt(run, [], today))
    for _ in range(150):
        today = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        items = []
        for n in range(rng.randint(0, 12)):
            found = today - timedelta(days=rng.randint(-5, 120))
            claimed = None
            if rng.random() < 0.4:
                claimed = found + timedelta(days=rng.randint(0, 100))
            items.append(Item(f"LP-{rng.randint(1, 40)}", found, rng.choice(CATEGORIES), "thing", rng.choice((0, 0, 20, 120, 250, 900)), claimed))
        results.append(attempt(run, items, today))
    for _ in range(40):
        today = date(2024, 8, 1)
        lines = ["ref,found_on,category,description,value,claimed_on"]
        refs = []
        for n in range(rng.randint(1, 8)):
            ref = f"LP-{n:04d}"
            refs.append(ref)
            found = today - timedelta(days=rng.randint(0, 100))
            claimed = (found + timedelta(days=rng.randint(0, 20))).isoformat() if rng.random() < 0.3 else ""
            category = rng.choice(CATEGORIES + ["Hat", "Umbrella", "BAG"])
            lines.append(f"{ref},{found.isoformat()},{category},thing,{rng.choice(('', '0', '300'))},{claimed}")
        claims = [(rng.choice(refs), today - timedelta(days=rng.randint(0, 30))) for _ in range(rng.randint(0, 3))]
        results.append(attempt(run_csv, "\n".join(lines), today, claims))
    return results
