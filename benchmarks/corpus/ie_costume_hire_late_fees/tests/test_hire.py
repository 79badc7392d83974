from datetime import date

import pytest

from hire import Rental


def test_not_late_before_due():
    rental = Rental("gorilla suit", "Dev", date(2024, 3, 1), date(2024, 3, 4))
    assert rental.days_late(date(2024, 3, 4)) == 0


def test_extension_moves_deadline():
    rental = Rental("gorilla suit", "Dev", date(2024, 3, 1), date(2024, 3, 4))
    rental.extend(date(2024, 3, 8))
    assert rental.days_late(date(2024, 3, 7)) == 0
    assert rental.days_late(date(2024, 3, 10)) == 2


def test_extension_must_be_later():
    rental = Rental("gorilla suit", "Dev", date(2024, 3, 1), date(2024, 3, 4))
    with pytest.raises(ValueError):
        rental.extend(date(2024, 3, 4))


def test_fee_is_capped():
    rental = Rental("gorilla suit", "Dev", date(2024, 3, 1), date(2024, 3, 4))
    assert rental.late_fee(date(2024, 4, 30)) == 60.00
