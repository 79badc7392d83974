from datetime import date

import pytest

from fleet import by_reg
from hire import Hire, invoice

TWELVE_SEATER = by_reg("YK21 MBH")


def test_weekend_hire_over_the_allowance():
    hire = Hire("Rovers U14", date(2024, 5, 10), date(2024, 5, 12), 40210, 40790)
    assert invoice(hire, TWELVE_SEATER) == {"hire": 330.0, "mileage": 52.0, "total": 382.0}


def test_same_day_hire_is_one_day():
    hire = Hire("St Anne's WI", date(2024, 5, 15), date(2024, 5, 15), 40790, 40900)
    assert invoice(hire, TWELVE_SEATER)["hire"] == 110.0


def test_short_trips_pay_no_mileage():
    hire = Hire("Church choir", date(2024, 6, 1), date(2024, 6, 2), 41000, 41120)
    bill = invoice(hire, TWELVE_SEATER)
    assert bill["mileage"] == 0.0
    assert bill["total"] == 220.0


def test_with_a_driver():
    hire = Hire("Darts team", date(2024, 6, 7), date(2024, 6, 8), 41120, 41420, with_driver=True)
    assert invoice(hire, TWELVE_SEATER) == {"hire": 220.0, "mileage": 0.0, "driver": 190.0, "total": 410.0}


def test_returned_before_pickup():
    hire = Hire("Mix-up", date(2024, 6, 8), date(2024, 6, 7), 41420, 41500)
    with pytest.raises(ValueError):
        invoice(hire, TWELVE_SEATER)


def test_odometer_going_backwards():
    hire = Hire("Typo", date(2024, 6, 8), date(2024, 6, 9), 41500, 41420)
    with pytest.raises(ValueError):
        invoice(hire, TWELVE_SEATER)
