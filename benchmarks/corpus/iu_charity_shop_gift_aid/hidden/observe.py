"""claim_lines around declaration and withdrawal days, then random quarters of sales."""

import random
from datetime import date, timedelta
from decimal import Decimal

from observing import attempt
from giftaid.claims import Sale, claim_lines, claim_total, donor_letters
from giftaid.donors import Donor

DAY = date(2024, 5, 15)


def plain(lines):
    return [(line.donor_code, line.sold_on, str(line.price), str(line.gift_aid)) for line in lines]


def run(sales, donors):
    lines = attempt(claim_lines, sales, donors)
    if not isinstance(lines, list):
        return [lines]
    letters = attempt(donor_letters, lines, Decimal("50"))
    if isinstance(letters, dict):
        letters = {code: str(amount) for code, amount in letters.items()}
    return [plain(lines), str(attempt(claim_total, lines)), letters]


def observe():
    rng = random.Random(4411)
    results = []
    offsets = (None, -400, -1, 0, 1, 30)
    for declared in offsets:
        for withdrawn in offsets:
            donor = Donor("D0001", "Ann", None if declared is None else DAY + timedelta(days=declared),
                          None if withdrawn is None else DAY + timedelta(days=withdrawn))
            sales = [Sale("D0001", "coat", DAY, Decimal("10.00")), Sale("D0001", "book", DAY + timedelta(days=2), Decimal("1.50"))]
            results.append(run(sales, {"D0001": donor}))
    results.append(run([], {}))
    start = date(2024, 4, 1)
    for _ in range(80):
        donors = {}
        for k in range(rng.randint(1, 8)):
            code = f"D{k:04d}"
            declared = rng.choice([None, start + timedelta(days=rng.randint(-300, 90))])
            withdrawn = None
            if declared is not None and rng.random() < 0.3:
                withdrawn = declared + timedelta(days=rng.randint(0, 120))
            donors[code] = Donor(code, f"donor {k}", declared, withdrawn)
        sales = []
        for _ in range(rng.randint(0, 25)):
            code = f"D{rng.randint(0, 9):04d}"
            price = Decimal(rng.randint(50, 6000)) / 100
            sales.append(Sale(code, "item", start + timedelta(days=rng.randint(0, 90)), price))
        results.append(run(sales, donors))
    return results
