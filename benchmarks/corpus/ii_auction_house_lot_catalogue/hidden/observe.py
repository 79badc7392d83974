"""Catalogue.load on exports with bad lines and duplicate numbers, then random exports."""

import random

from observing import attempt
from saleroom.catalogue import Catalogue

GOOD = ["1|Oak chair|20|40", "2|Tea set|10|20|5", "3|Rug|100|150"]
BAD = ["4|Clock|80", "x|Lamp|5|10", "5||5|10", "6|Vase|50|20", "7|Print|10.5|20", "8|Desk|100|200|150", "0|Stool|5|10"]


def loaded(lines, catalogue=None):
    catalogue = catalogue or Catalogue("sale")
    count = attempt(catalogue.load, lines)
    return count, sorted(catalogue.lots), catalogue.rejected


def observe():
    rng = random.Random(5150)
    results = [loaded([]), loaded(GOOD), loaded(GOOD + BAD), loaded(["", "# none", "  "])]
    for bad in BAD:
        results.append(loaded(GOOD + [bad]))
    for duplicate in ("1|Other chair|20|40", "3|Rug again|100|150", "2|Cup|1|2|1"):
        results.append(loaded(GOOD + [duplicate]))
        results.append(loaded([duplicate] + BAD + GOOD))
    catalogue = Catalogue("sale")
    loaded(GOOD, catalogue)
    results.append(loaded(["3|Late entry|5|10", "9|Other|5|10"], catalogue))
    for _ in range(150):
        lines = []
        for _ in range(rng.randint(0, 12)):
            roll = rng.random()
            number = rng.randint(1, 15)
            if roll < 0.15:
                lines.append(rng.choice(BAD))
            elif roll < 0.2:
                lines.append("# note")
            else:
                low = rng.randint(0, 500)
                lines.append(f"{number}|Lot {number}|{low}|{low + rng.randint(0, 300)}")
        results.append(loaded(lines))
    return results
