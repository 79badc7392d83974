from datetime import date

import pytest

from tickets import quote

TUESDAY = date(2024, 10, 15)
SATURDAY = date(2024, 10, 19)
SUNDAY = date(2024, 10, 20)


def test_two_adults_on_a_weekday():
    assert quote([34, 36], TUESDAY) == 19.0


def test_babies_go_free():
    assert quote([30, 1], TUESDAY) == 9.5


def test_a_three_year_old_pays_the_child_price():
    assert quote([30, 3], TUESDAY) == 15.5


def test_sixteen_is_an_adult():
    assert quote([16], TUESDAY) == 9.5
    assert quote([15], TUESDAY) == 6.0


def test_family_ticket():
    assert quote([38, 40, 7, 10], TUESDAY) == 28.0
    assert quote([38, 40, 7, 10, 12], TUESDAY) == 34.0


def test_family_ticket_only_when_cheaper():
    assert quote([38, 7], TUESDAY) == 15.5


def test_weekend_supplement():
    assert quote([34, 36], SATURDAY) == 22.0
    assert quote([34, 36], SUNDAY) == 22.0


def test_no_supplement_for_the_baby():
    assert quote([29, 31, 5, 0], SATURDAY) == pytest.approx(25.0 + 4.5)


def test_pumpkins():
    assert quote([40, 8], TUESDAY, pumpkins=3) == 24.5
