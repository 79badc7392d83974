from datetime import date

import pytest

from museum.registry import AlreadyOnLoan


def test_on_loan(registry):
    assert registry.on_loan() == ["1887.04", "1931.22", "2002.117"]
    registry.give_back("1931.22", date(2024, 6, 28))
    assert registry.on_loan() == ["1887.04", "2002.117"]


def test_cannot_lend_twice(registry):
    with pytest.raises(AlreadyOnLoan):
        registry.lend("1887.04", "Town Hall", date(2024, 3, 5), date(2024, 3, 20))


def test_overdue(registry):
    assert registry.overdue(date(2024, 5, 1)) == [("1887.04", "Maritime Museum", 16)]


def test_overdue_longest_first(registry):
    registry.give_back("2002.117", date(2024, 8, 1))
    assert registry.overdue(date(2024, 7, 5)) == [
        ("1887.04", "Maritime Museum", 81),
        ("1931.22", "City Gallery", 5),
    ]


def test_returned_loans_are_not_overdue(registry):
    registry.give_back("1887.04", date(2024, 4, 20))
    assert registry.overdue(date(2024, 4, 25)) == []
