"""parse_menu on odd lines one at a time, then random menu files mixing good and
bad lines."""

import random

from observing import attempt
from menu import parse_menu

ODD_LINES = [
    "", "   ", "# note", "Pasta", "Pasta;", "Pasta; ", "Pasta;2", "Pasta; 2; ", ";1.00", "; ;",
    "Pasta; -2", "Pasta; 2.5.0", "Pasta; 12p", "Pasta; 12 p", "Pasta; £", "Pasta 1.20",
    "Pasta, 1.20, gluten", "Pasta; 1.20; Gluten ,  Milk,", "Pasta; 1.20; gluten; extra", "Pasta;;gluten",
]
NAMES = ["Pasta", "Curry", "Salad", "Soup", "Roll", "Yoghurt", "Pizza"]
PRICES = ["1.20", "£0.95", "85p", "2", "abc", "", "-0.50", "1,20"]
ALLERGENS = ["", "; gluten", "; milk, egg", "; nuts,", ";"]


def summary(menu):
    return (sorted((key, d.name, d.pence, sorted(d.allergens)) for key, d in menu.dishes.items()), menu.rejected)


def observe():
    rng = random.Random(1234)
    results = []
    for line in ODD_LINES:
        results.append(attempt(lambda text: summary(parse_menu(text)), line))
        results.append(attempt(lambda text: summary(parse_menu(text)), "Bread; 0.30\n" + line + "\nJam; 0.20; fruit"))
    for _ in range(250):
        lines = []
        for _ in range(rng.randint(0, 8)):
            shape = rng.random()
            name = rng.choice(NAMES)
            if shape < 0.15:
                lines.append(name)
            elif shape < 0.25:
                lines.append(rng.choice(["", "# comment"]))
            else:
                lines.append(f"{name}; {rng.choice(PRICES)}{rng.choice(ALLERGENS)}")
        results.append(attempt(lambda text: summary(parse_menu(text)), "\n".join(lines)))
    return results
