import pytest

from prices import PriceList, UnknownMetal
from tickets import Ticket, parse_ticket


def test_parse_ticket():
    ticket = parse_ticket("1042, ab12 cde, Heavy Steel, 18420, 11260")
    assert ticket == Ticket(1042, "AB12 CDE", "heavy steel", 18420, 11260)
    assert ticket.net_kg == 7160


def test_tare_heavier_than_gross():
    with pytest.raises(ValueError):
        parse_ticket("1043,AB12 CDE,heavy steel,11000,11260")


def test_price_per_tonne():
    prices = PriceList({"Heavy Steel": 190.0, "copper": 6800.0})
    assert prices.value("heavy steel", 7160) == 1360.4
    assert prices.value(" Copper ", 35) == 238.0


def test_unknown_metal():
    with pytest.raises(UnknownMetal):
        PriceList({"copper": 6800.0}).rate("gold")
