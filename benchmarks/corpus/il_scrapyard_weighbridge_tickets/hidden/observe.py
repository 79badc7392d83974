"""A day at the weighbridge with bad lines, unknown metals and repeated tickets, then random days."""

import random

from observing import attempt
from prices import PriceList
from yard import Weighbridge

BOARD = {"heavy steel": 190.0, "light iron": 120.0, "copper": 6800.0, "aluminium": 950.0, "Brass ": 4100.0}
METALS = ["heavy steel", "Light Iron", "copper", "aluminium", "brass", "lead", "gold", "", " COPPER"]


def run_day(lines):
    bridge = Weighbridge(PriceList(BOARD))
    total = attempt(bridge.take_day, lines)
    return total, list(bridge.rejected), [(t.number, amount) for t, amount in bridge.paid], bridge.tonnage()


def observe():
    rng = random.Random(8821)
    results = []
    cases = [
        [],
        [""],
        ["1,A,heavy steel,2000,1000"],
        ["1,A,lead,2000,1000"],
        ["1,A,lead,2000,1000", "2,A,copper,1100,1000"],
        ["1,A,copper,1100,1000", "1,A,copper,1100,1000"],
        ["1,A,gold,1100,1000", "1,A,copper,1100,1000"],
        ["x,A,copper,1100,1000", "2,A,copper,900,1000", "3,A,copper"],
        ["4,A,,1500,1000", "5,A, Brass ,1500,1000"],
    ]
    for lines in cases:
        results.append(run_day(lines))
    bridge = Weighbridge(PriceList(BOARD))
    for metal in METALS:
        results.append(attempt(bridge.accepts, metal))
        results.append(attempt(bridge.take, f"9,R,{metal},3000,1000"))
    for _ in range(150):
        lines = []
        for _ in range(rng.randint(0, 12)):
            number = rng.randint(1, 15)
            gross = rng.randint(500, 30000)
            tare = rng.randint(400, 20000)
            line = f"{number},REG{rng.randint(1, 5)},{rng.choice(METALS)},{gross},{tare}"
            if rng.random() < 0.1:
                line = line.rsplit(",", 1)[0]
            if rng.random() < 0.05:
                line = ""
            lines.append(line)
        results.append(run_day(lines))
    return results
