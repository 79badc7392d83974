"""read_book on books with and without notes, then with blank and comment lines, then random day books."""

import random

from observing import attempt
from barbershop.book import read_book
from barbershop.chairs import barber_day, clashes, takings

BARBERS = ["Tom", "Ali", "Sam"]
SERVICES = ["Haircut", "Skin fade", "Beard trim", "Hot towel shave", "Kids cut"]
NOTES = ["pays by card", "wants it shorter on top", "bring the clippers", "regular, usual"]


def plain(appointments):
    return [(a.at.strftime("%H:%M"), a.barber, a.service, list(a.notes)) for a in appointments]


def summary(text):
    appointments = read_book(text)
    return plain(appointments), clashes(appointments), takings(appointments), [barber_day(appointments, b) for b in BARBERS]


def observe():
    rng = random.Random(5150)
    results = []
    edge = [
        "",
        "09:00 Tom Haircut",
        "09:00 Tom Haircut\n  pays by card\n",
        "09:00 Tom Haircut\n09:00 Ali Beard trim\n",
        "  stray note\n09:00 Tom Haircut",
        "09:00 Tom",
        "9 Sam Kids cut\n10:15 Sam Haircut\n",
        "\n",
        "# closed",
        "09:00 Tom Haircut\n\n09:30 Tom Beard trim",
        "09:00 Tom Haircut\n  note one\n\n  note two\n",
        "# Saturday\n09:00 Tom Skin fade\n  pays by card\n# lunch\n13:00 Ali Hot towel shave\n",
        "   \n09:00 Tom Haircut",
    ]
    for text in edge:
        results.append(attempt(summary, text))
    for _ in range(80):
        lines = []
        minutes = 9 * 60
        for _ in range(rng.randint(0, 12)):
            roll = rng.random()
            if roll < 0.15:
                lines.append(rng.choice(["", "   ", "# lunch", "# closed early?"]))
                continue
            minutes += rng.choice([0, 15, 30, 45])
            lines.append(f"{minutes // 60:02d}:{minutes % 60:02d} {rng.choice(BARBERS)} {rng.choice(SERVICES)}")
            for _ in range(rng.choice([0, 0, 0, 1, 2])):
                lines.append("  " + rng.choice(NOTES))
        results.append(attempt(summary, "\n".join(lines)))
    return results
