import pytest

from cellar.bottle import parse_bottle
from cellar.cellar import Cellar

BOOK = """\
Rioja Reserva; 2016; 2021-2030; 18.50
Barolo; 2019; 2027-2040; 42.00
Muscadet; 2021; 2022-2024; 9.75
"""


@pytest.fixture
def bottles():
    return {bottle.name: bottle for bottle in map(parse_bottle, BOOK.splitlines())}


@pytest.fixture
def cellar(bottles):
    cellar = Cellar(slots=12, year=2025)
    cellar.add(bottles["Rioja Reserva"], 3)
    cellar.add(bottles["Barolo"], 2)
    cellar.add(bottles["Muscadet"])
    return cellar
