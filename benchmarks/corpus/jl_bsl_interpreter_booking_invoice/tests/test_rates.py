from datetime import datetime

import pytest

from rates import pounds, rate_for, unsocial


def test_unknown_kind():
    with pytest.raises(ValueError):
        rate_for("conference")


def test_unsocial_hours():
    assert unsocial(datetime(2024, 10, 8, 18, 0))
    assert unsocial(datetime(2024, 10, 12, 9, 0))
    assert not unsocial(datetime(2024, 10, 8, 17, 59))


def test_pounds():
    assert pounds(123456) == "£1,234.56"
    assert pounds(5) == "£0.05"
