from datetime import date, timedelta

import pytest

from library.loans import NotAvailable
from library.members import may_borrow


def test_lend_sets_due_date(library, march):
    loan = library.lend("dune", "ann", on=march)
    assert loan.due == date(2024, 3, 15)
    assert library.available("dune") == 1


def test_no_copies_left(library, march):
    library.lend("emma", "ann", on=march)
    with pytest.raises(NotAvailable):
        library.lend("emma", "bob", on=march)


def test_give_back(library, march):
    library.lend("emma", "ann", on=march)
    library.give_back("emma", "ann", on=march + timedelta(days=3))
    assert library.available("emma") == 1


def test_overdue_book_is_still_out(library, march):
    library.lend("emma", "ann", on=march)
    assert library.available("emma") == 0
    assert library.days_overdue(library.loans[0], on=date(2024, 4, 1)) == 17


def test_fine_for_late_return(library, march):
    loan = library.lend("dune", "ann", on=march)
    library.give_back("dune", "ann", on=march + timedelta(days=20))
    assert library.fine(loan) == 1.5


def test_fine_is_capped(library, march):
    loan = library.lend("dune", "ann", on=march)
    assert library.fine(loan, on=march + timedelta(days=300)) == 10.0


def test_book_still_out_is_fined_until_today(library):
    loan = library.lend("dune", "ann", on=date(2000, 1, 1))
    assert library.fine(loan) == 10.0


def test_may_borrow(library, march):
    library.lend("dune", "ann", on=march)
    assert may_borrow(library, "ann", on=march)
    assert not may_borrow(library, "ann", on=march + timedelta(days=60))
