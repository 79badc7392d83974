from datetime import datetime
from decimal import Decimal

import pytest

from garage.lot import Garage, GarageFull

NINE = datetime(2024, 5, 6, 9, 0)
NOON = datetime(2024, 5, 6, 12, 0)


def test_enter_takes_a_space():
    garage = Garage(3)
    garage.enter("ab 123", NINE)
    assert garage.free_spaces == 2


def test_full_garage():
    garage = Garage(1)
    garage.enter("AB123", NINE)
    with pytest.raises(GarageFull):
        garage.enter("CD456", NINE)


def test_leave_charges_and_frees_the_space():
    garage = Garage(2)
    garage.enter("AB123", NINE)
    assert garage.leave("ab 123", NOON) == Decimal("7.20")
    assert garage.free_spaces == 2
    assert garage.takings == Decimal("7.20")


def test_can_come_back_after_leaving():
    garage = Garage(1)
    garage.enter("AB123", NINE)
    garage.leave("AB123", NOON)
    garage.enter("AB123", NOON)
    assert garage.free_spaces == 0


def test_leave_unknown_car():
    with pytest.raises(KeyError):
        Garage(2).leave("ZZ999", NOON)
