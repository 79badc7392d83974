"""Prices for random hires of every tool, across weekends, the spring rush and week-long hires."""

import datetime
import random

from observing import attempt
from toolhire.catalogue import load_catalogue
from toolhire.pricing import hire_note, hire_price

EXPORT = """\
code,name,day,weekend,seasonal,attachments
SC-2,Scaffold tower,24.00,30.00,no,2
HT-1,Hedge trimmer,16.00,21.00,yes,1
MX-5,Cement mixer,28.00,28.00,no,0
DR-9,SDS drill,19.00,23.00,no,4
LM-3,Lawn mower,22.50,27.75,yes,3
"""


def observe():
    rng = random.Random(7007)
    tools = load_catalogue(EXPORT)
    results = []
    for code, tool in sorted(tools.items()):
        for days in (-1, 0, 1, 2, 6, 7, 8, 14):
            for attachments in (-1, 0, 1, 2, 3, 4, 5):
                results.append((code, days, attachments,
                                attempt(hire_price, tool, datetime.date(2024, 5, 31), days, attachments)))
    for _ in range(100):
        tool = tools[rng.choice(sorted(tools))]
        start = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 365))
        days = rng.choice([1, 2, 3, 4, 5, 6, 7, 7, 8, 10, 14, 21])
        attachments = rng.randint(0, tool.max_attachments)
        results.append(attempt(hire_price, tool, start, days, attachments))
        results.append(attempt(hire_note, tool, start, days, attachments))
    return results
