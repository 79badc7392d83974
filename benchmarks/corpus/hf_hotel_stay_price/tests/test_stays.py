from datetime import date

import pytest

from hotel.stays import Stay


def test_nights():
    assert Stay("DBL", date(2024, 6, 28), date(2024, 7, 1)).nights() == [
        date(2024, 6, 28), date(2024, 6, 29), date(2024, 6, 30)]


def test_check_out_before_check_in():
    with pytest.raises(ValueError):
        Stay("DBL", date(2024, 6, 28), date(2024, 6, 28)).nights()
