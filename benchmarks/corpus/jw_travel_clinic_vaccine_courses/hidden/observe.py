"""ClinicBook.recalls on one course of each vaccine at each stage, with the next dose due before, on and after departure and on days around the recall window, then random clinic books; doses_to_order on the same."""

import random
from datetime import date, timedelta

from observing import attempt
from recalls import ClinicBook
from vaccines import SCHEDULES, Course

START = date(2024, 3, 1)


def observe():
    rng = random.Random(6047)
    results = []
    for vaccine, gaps in sorted(SCHEDULES.items()):
        for given in range(0, len(gaps) + 1):
            doses = [START + timedelta(days=gap) for gap in gaps[:given]]
            due = START + timedelta(days=gaps[given]) if 0 < given < len(gaps) else START + timedelta(days=30)
            for departs in (due - timedelta(days=3), due - timedelta(days=1), due, due + timedelta(days=1), due + timedelta(days=20)):
                book = ClinicBook([Course("T", vaccine, departs, list(doses))])
                for offset in (-9, -8, -7, -6, -1, 0, 1, 5):
                    on = due + timedelta(days=offset)
                    results.append(attempt(book.recalls, on))
                results.append(attempt(book.doses_to_order, due - timedelta(days=2), 7))
    names = ["Okafor", "Lindqvist", "Moreau", "Patel", "Nguyen", "Haddad", "Kowalski", "Silva"]
    for _ in range(120):
        courses = []
        for name in rng.sample(names, rng.randint(0, len(names))):
            vaccine = rng.choice(sorted(SCHEDULES))
            gaps = SCHEDULES[vaccine]
            first = START + timedelta(days=rng.randint(0, 90))
            doses = [first + timedelta(days=gap + rng.randint(0, 3)) for gap in gaps[: rng.randint(0, len(gaps))]]
            courses.append(Course(name, vaccine, first + timedelta(days=rng.randint(-5, 200)), doses))
        book = ClinicBook(courses)
        on = START + timedelta(days=rng.randint(0, 260))
        results.append(attempt(book.recalls, on))
        results.append(attempt(book.doses_to_order, on, rng.choice((7, 14, 28))))
    return results
