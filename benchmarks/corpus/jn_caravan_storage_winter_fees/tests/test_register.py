from datetime import date

import pytest

from caravanstore.register import Stay, read_register


def test_read_register(stays):
    assert stays[0] == Stay("KX19 ABC", "touring", date(2024, 9, 20), None)
    assert stays[2] == Stay("YA12 UUP", "touring", date(2024, 10, 25), date(2024, 11, 3))
    assert len(stays) == 4


def test_unknown_kind():
    with pytest.raises(ValueError, match="line 1"):
        read_register("AB12 CDE | boat | 2024-10-01 |")


def test_leaves_before_it_arrives():
    with pytest.raises(ValueError, match="AB12 CDE"):
        read_register("AB12 CDE | touring | 2024-10-05 | 2024-10-01")
