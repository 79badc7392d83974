"""Dates in every supported format, valid and not, and random statements."""

import random
from datetime import date, timedelta

from observing import attempt
from bankcsv.dates import parse_date
from bankcsv.reader import monthly_balance, read_statement

FIXED = ["2024-03-17", "2024-13-01", "01/01/2024", "12/11/2023", "13/01/2024", "31/12/99", "29.02.2024",
         "29.02.2023", "1.2.03", "5/6/2021", "31/04/2024", "00/01/2024", "17 Mar 2024", "17 Foo 2024",
         "3 December 2022", "2024/03/17", "", " 09/10/2024 ", "10/09/24"]


def observe():
    results = [(text, attempt(parse_date, text)) for text in FIXED]
    rng = random.Random(1717)
    for _ in range(80):
        day = date(2019, 1, 1) + timedelta(days=rng.randint(0, 2500))
        style = rng.choice(["%d/%m/%Y", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%y", "%Y-%m-%d", "%d %b %Y"])
        text = day.strftime(style)
        results.append((text, attempt(parse_date, text)))
    for _ in range(10):
        lines = ["Date;Payee;Amount"]
        for _ in range(rng.randint(0, 6)):
            day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 90))
            lines.append(f"{day:%d/%m/%Y};p{rng.randint(1, 5)};{rng.randint(-500, 500)},{rng.randint(0, 99):02d}")
        transactions = attempt(read_statement, "\n".join(lines) + "\n")
        results.append(transactions)
        if isinstance(transactions, list):
            results.append(monthly_balance(transactions))
    return results
