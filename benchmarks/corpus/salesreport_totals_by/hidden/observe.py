"""Random sales exports written to a temporary folder, read and summarised."""

import random
import tempfile
from pathlib import Path

from observing import attempt
from salesreport.reader import read_sales
from salesreport.summary import report_lines, totals_by, units_by_product


def observe():
    rng = random.Random(252)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(30):
            lines = ["region,product,units,price"]
            for _ in range(rng.randint(0, 8)):
                region = rng.choice(["north", "south", "east", "#west", "", " north "])
                lines.append(f"{region},{rng.choice(['tea', 'mug'])},{rng.randint(-3, 12)},{rng.choice(['2.50', '8.00', '0.99'])}")
            path = Path(folder) / f"export{n}.csv"
            path.write_text("\n".join(lines) + "\n")
            sales = attempt(read_sales, path)
            results.append(sales)
            if isinstance(sales, list):
                results.append(attempt(totals_by, sales, "region"))
                results.append(list(attempt(totals_by, sales, "product")))
                results.append(attempt(units_by_product, sales))
                results.append(attempt(report_lines, sales))
    return results
