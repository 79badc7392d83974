from datetime import date

import pytest


def test_a_telescope_cannot_go_out_twice(book, members):
    with pytest.raises(ValueError):
        book.lend("Dobsonian 8in", members["Dev Malhotra"], date(2024, 9, 20))


def test_lapsed_member_is_refused(book, members):
    with pytest.raises(PermissionError):
        book.lend("Solar scope", members["Owen Pryce"], date(2024, 9, 20))


def test_renewing_runs_on_from_the_due_date(book):
    assert book.renew("Dobsonian 8in", date(2024, 9, 28)) == date(2024, 10, 28)
    assert book.renew("Dobsonian 8in", date(2024, 10, 20)) == date(2024, 11, 25)
    with pytest.raises(ValueError):
        book.renew("Dobsonian 8in", date(2024, 11, 20))


def test_no_renewing_once_overdue(book):
    with pytest.raises(ValueError):
        book.renew("Refractor 80mm", date(2024, 10, 15))


def test_overdue_most_overdue_first(book):
    assert book.overdue(date(2024, 10, 20)) == [
        ("Ruth Ashdown", "Dobsonian 8in", 20),
        ("Dev Malhotra", "Refractor 80mm", 6),
    ]


def test_returned_and_renewed_loans_are_not_overdue(book):
    book.give_back("Dobsonian 8in", date(2024, 10, 1))
    book.renew("Refractor 80mm", date(2024, 10, 10))
    assert book.overdue(date(2024, 10, 20)) == []


def test_kept_past_the_last_renewal(book):
    book.renew("Dobsonian 8in", date(2024, 9, 28))
    book.renew("Dobsonian 8in", date(2024, 10, 20))
    assert book.overdue(date(2024, 12, 1)) == [
        ("Dev Malhotra", "Refractor 80mm", 48),
        ("Ruth Ashdown", "Dobsonian 8in", 6),
    ]
