"""Random gradebooks on both scales: medians, averages, grades and reports."""

import random

from observing import attempt
from grades.book import Gradebook
from grades.scales import LetterScale, PassFail


def observe():
    rng = random.Random(92)
    results = [attempt(LetterScale().grade, s) for s in range(0, 101)]
    results += [attempt(LetterScale().grade, s + 0.5) for s in range(55, 100, 3)]
    results += [attempt(PassFail(m).grade, s) for m in (40, 50, 60) for s in (0, 39.9, 40, 50, 59, 60, 100)]
    for _ in range(30):
        book = Gradebook(rng.choice([LetterScale(), PassFail()]))
        students = ["ana", "ben", "cy", "dee"][: rng.randint(1, 4)]
        for student in students:
            for _ in range(rng.randint(1, 6)):
                results.append(attempt(book.add, student, rng.randint(-5, 105)))
        results.append([attempt(book.median, s) for s in students + ["zed"]])
        results.append(attempt(book.class_median))
        results.append(attempt(book.report))
    return results
