"""TakingsSheet.read on good, short, unknown, repeated and unreadable lines, then random end-of-day sheets."""

import random

from observing import attempt
from fleamarket.pitches import read_plan
from fleamarket.takings import TakingsSheet

PLAN = "1 table\n2 table\n3 car\n4 car\n5 van\n6 van\n7 table\n"
NAMES = ["Mrs Barker", "Len", "Sid", "Vintage Vera", "Jo", "Bric-a-Brac Bob"]


def run(text):
    s = TakingsSheet(read_plan(PLAN))
    s.read(text)
    dues = {pitch: s.due(pitch) for pitch in s.takings}
    return s.takings, s.problems, dues, s.roof_fund(), s.no_shows()


def observe():
    rng = random.Random(7788)
    results = []
    edge = [
        "",
        "1, Mrs Barker, 64.50",
        "1, Mrs Barker, £64.50",
        "1, Mrs Barker, -3",
        "1, Mrs Barker",
        "one, Mrs Barker, 10",
        "1, Mrs Barker, lots",
        "1, Mrs Barker, ",
        "1, Mrs Barker, £",
        "1, Mrs Barker, 12.5.0",
        "1, Mrs Barker, 1e3",
        "1, Mrs Barker, 1,234.00",
        "8, Ghost, 10",
        "3, Len, 80\n3, Len, 90",
        "3, Len, 120.05\n4, Jo, 119.95\n5, Vera, 0",
        "2, Sid, forty\n\n6, Bob, 404.45",
        "2, Sid, 4O\n7, Jo, 55",
    ]
    for text in edge:
        results.append(attempt(run, text))
    bad_amounts = ["lots", "", "£", "12..5", "ten", "4O", "--2", "N/A", "12.50p", "£-"]
    for _ in range(150):
        lines = []
        for _ in range(rng.randint(0, 9)):
            pitch = str(rng.randint(1, 9)) if rng.random() < 0.95 else "x"
            roll = rng.random()
            if roll < 0.2:
                amount = rng.choice(bad_amounts)
            elif roll < 0.25:
                amount = f"-{rng.randint(1, 50)}"
            else:
                amount = ("£" if rng.random() < 0.4 else "") + f"{rng.randint(0, 600)}.{rng.randint(0, 99):02d}"
            line = f"{pitch}, {rng.choice(NAMES)}, {amount}"
            if rng.random() < 0.05:
                line = line.rsplit(",", 1)[0]
            lines.append(line)
        results.append(attempt(run, "\n".join(lines)))
    return results
