"""placings, prize_money and prize_cards for classes with visitors placed at the top, in the middle, tied with members and disqualified, then random show days."""

import random

from observing import attempt
from show import Entry, placings, prize_cards, prize_money

NAMES = {3: "Three beetroot", 12: "Five onions", 14: "Five shallots", 21: "Victoria sponge"}


def run(entries):
    return (
        {class_no: placings(entries, class_no) for class_no in NAMES},
        prize_money(entries),
        prize_cards(entries, NAMES),
    )


def observe():
    rng = random.Random(9015)
    results = []
    shapes = [
        [(18, False)],
        [(18, False), (15, True)],
        [(15, True), (18, False), (16, True), (12, True)],
        [(16, False), (16, True), (14, True), (14, False), (10, True)],
        [(17, True), (17, True), (17, False), (17, True)],
        [(12, False), (11, False), (10, False), (9, True)],
        [(19, True), (18, True), (17, True), (16, False)],
    ]
    for shape in shapes:
        entries = [Entry(n + 1, f"ex{n + 1}", 12, points, member) for n, (points, member) in enumerate(shape)]
        results.append(attempt(run, entries))
        results.append(attempt(run, entries + [Entry(40, "ex40", 12, 20, False, disqualified=True)]))
    for _ in range(150):
        exhibitors = rng.sample(range(1, 60), rng.randint(1, 12))
        members = {card: rng.random() < 0.7 for card in exhibitors}
        entries = []
        for card in exhibitors:
            for class_no in rng.sample(sorted(NAMES), rng.randint(1, 3)):
                points = rng.choice((rng.randint(8, 20), rng.randint(8, 20) + 0.5, 15))
                entries.append(Entry(card, f"ex{card}", class_no, points, members[card], rng.random() < 0.08))
        results.append(attempt(run, entries))
    return results
