import pytest

from lettering import Job
from orders import parse_order, quote_order

FORM = """
Text: ROSIE'S BAKERY
Height: 150mm
Colours: Royal Blue, Gold Leaf
Fitting: yes
"""


def test_parse_order_form():
    assert parse_order(FORM) == Job("ROSIE'S BAKERY", 150, ["Royal Blue", "Gold Leaf"], True)


def test_defaults():
    assert parse_order("Text: OPEN\nHeight: 80") == Job("OPEN", 80, ["black"], False)


def test_missing_height():
    with pytest.raises(ValueError):
        parse_order("Text: OPEN")


def test_quote_order():
    assert quote_order(FORM) == 120.24
