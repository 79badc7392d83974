import pytest

from prices import PriceList
from yard import Weighbridge

PRICES = PriceList({"heavy steel": 190.0, "light iron": 120.0, "copper": 6800.0, "aluminium": 950.0})


def test_take_pays_the_net_weight():
    bridge = Weighbridge(PRICES)
    assert bridge.take("1042,AB12 CDE,heavy steel,18420,11260") == 1360.4
    assert [ticket.number for ticket, _ in bridge.paid] == [1042]


def test_ticket_is_only_paid_once():
    bridge = Weighbridge(PRICES)
    bridge.take("1042,AB12 CDE,heavy steel,18420,11260")
    with pytest.raises(ValueError):
        bridge.take("1042,AB12 CDE,heavy steel,18420,11260")


def test_accepts():
    bridge = Weighbridge(PRICES)
    assert bridge.accepts("Copper")
    assert not bridge.accepts("lead")


def test_a_day_of_tickets():
    bridge = Weighbridge(PRICES)
    total = bridge.take_day([
        "1042,AB12 CDE,heavy steel,18420,11260",
        "1043,X7 VAN,copper,2135,2100",
        "",
        "1044,X7 VAN,light iron,2600",
        "1045,KL63 TRK,aluminium,9800,9150",
    ])
    assert total == 2215.9
    assert bridge.rejected == ["1044,X7 VAN,light iron,2600"]
    assert bridge.tonnage() == {"heavy steel": 7.16, "copper": 0.035, "aluminium": 0.65}


def test_metal_not_on_the_board_is_put_aside():
    bridge = Weighbridge(PRICES)
    total = bridge.take_day([
        "1050,AB12 CDE,heavy steel,18000,11000",
        "1051,PQ19 LMN,brass,3400,3100",
        "1052,PQ19 LMN,copper,3100,3050",
    ])
    assert total == 1670.0
    assert bridge.rejected == ["1051,PQ19 LMN,brass,3400,3100"]
