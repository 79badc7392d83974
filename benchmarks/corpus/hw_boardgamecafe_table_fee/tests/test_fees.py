from decimal import Decimal

import pytest

from cafe.fees import split_bill, table_fee


def test_afternoon_game(at):
    assert table_fee(at("14:00"), at("15:30"), 4) == Decimal("24.00")


def test_evening_game_at_peak_rate(at):
    assert table_fee(at("19:15"), at("20:00"), 2) == Decimal("9.00")


def test_exactly_two_hours(at):
    assert table_fee(at("13:00"), at("15:00"), 3) == Decimal("18.00")


def test_hour_starting_at_six_is_peak(at):
    assert table_fee(at("17:00"), at("18:40"), 3) == Decimal("22.50")


def test_long_sessions_are_capped(at):
    assert table_fee(at("12:00"), at("18:30"), 2) == Decimal("24.00")


def test_members_free_and_group_discount(at):
    assert table_fee(at("15:10"), at("16:00"), 6, members=2) == Decimal("10.80")


def test_left_before_arriving(at):
    with pytest.raises(ValueError):
        table_fee(at("20:00"), at("19:00"), 2)


def test_split_bill():
    assert split_bill(Decimal("10.00"), 3) == [Decimal("3.34"), Decimal("3.33"), Decimal("3.33")]
