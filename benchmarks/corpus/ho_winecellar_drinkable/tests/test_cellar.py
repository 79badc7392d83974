from decimal import Decimal

import pytest

from cellar.bottle import parse_bottle
from cellar.cellar import Cellar, CellarFull


def test_full_cellar(bottles):
    cellar = Cellar(slots=2, year=2025)
    cellar.add(bottles["Barolo"], 2)
    with pytest.raises(CellarFull):
        cellar.add(bottles["Muscadet"])


def test_take_oldest_vintage(cellar):
    cellar.add(parse_bottle("Rioja Reserva; 2012; 2018-2026; 21.00"))
    assert cellar.take("Rioja Reserva").vintage == 2012
    with pytest.raises(KeyError):
        cellar.take("Chablis")


def test_drinkable_this_year(cellar):
    assert cellar.drinkable() == {"Rioja Reserva": 3}


def test_drinkable_later(cellar):
    assert cellar.drinkable(2028) == {"Rioja Reserva": 3, "Barolo": 2}


def test_past_peak(cellar, bottles):
    assert cellar.past_peak() == [bottles["Muscadet"]]


def test_value(cellar):
    assert cellar.value() == Decimal("149.25")
