"""A random year of lending and returning at a small library: availability, overdue days, fines."""

import random
from datetime import date, timedelta

from observing import attempt
from library.loans import Library
from library.members import may_borrow


def observe():
    rng = random.Random(182)
    results = []
    for _ in range(15):
        library = Library(loan_days=rng.choice([7, 14, 21]))
        for book, copies in (("a", 1), ("b", 2), ("c", 3)):
            library.add_book(book, book.upper(), copies)
        day = date(2023, 1, 1)
        for _ in range(30):
            day += timedelta(days=rng.randint(0, 9))
            book, member = rng.choice("abc"), rng.choice(["ann", "bob", "cy"])
            if rng.random() < 0.6:
                loan = attempt(library.lend, book, member, day)
                results.append(loan)
            else:
                results.append(attempt(library.give_back, book, member, day))
            results.append([attempt(library.available, b) for b in "abc"])
            results.append([attempt(library.member_fines, m, day) for m in ("ann", "bob", "cy")])
            results.append([attempt(may_borrow, library, m, day) for m in ("ann", "bob")])
        results.append([attempt(library.days_overdue, loan, day) for loan in library.loans])
        results.append([attempt(library.fine, loan) for loan in library.loans if loan.returned])
        # Still out since 2023: past the fine cap whatever today is.
        results.append([attempt(library.fine, loan) for loan in library.loans if not loan.returned])
        results.append([attempt(may_borrow, library, m) for m in ("ann", "bob", "cy")])
    return results
