import pytest

from rink import check_stock, hire_charge, receipt, sessions


def test_sessions_round_up():
    assert sessions(60) == 1
    assert sessions(61) == 2
    with pytest.raises(ValueError):
        sessions(0)


def test_two_adults_one_session():
    assert hire_charge([42, 44], 60) == 9.0


def test_family_for_ninety_minutes():
    assert hire_charge([41, 38, 30, 28], 90) == 30.0


def test_size_35_is_an_adult_skate():
    assert hire_charge([35, 35], 45) == 9.0


def test_member_discount():
    assert hire_charge([40, 40, 40], 60, member=True) == 10.80


def test_check_stock():
    assert check_stock([40, 40, 52], {40: 11}) == [40, 52]
    assert check_stock([30], {}) == []


def test_receipt():
    assert receipt([44, 30, 44], 120) == ["1 x size 30", "2 x size 44", "2 session(s)", "Total £24.00"]
