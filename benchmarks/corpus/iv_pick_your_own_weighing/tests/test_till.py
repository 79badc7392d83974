import pytest

from pyo.till import Weighing, line_price, net_kg, receipt


def test_punnets_come_off_at_the_scale():
    assert net_kg(Weighing("strawberries", 1.30, punnets=4)) == pytest.approx(1.10)


def test_empty_punnets_weigh_nothing():
    assert net_kg(Weighing("strawberries", 0.04, punnets=1)) == 0.0


def test_picked_strawberries():
    assert line_price(Weighing("strawberries", 2.0)) == 13.00


def test_ready_picked_costs_more():
    assert line_price(Weighing("strawberries", 2.0, ready_picked=True)) == 18.00


def test_jam_makers_discount():
    assert line_price(Weighing("gooseberries", 6.0)) == 25.50


def test_no_jam_discount_on_shop_fruit():
    assert line_price(Weighing("raspberries", 4.5, ready_picked=True)) == 60.75


def test_receipt_total():
    lines, total = receipt(
        [
            Weighing("Strawberries", 1.2, punnets=4),
            Weighing("plums", 0.8, ready_picked=True),
        ]
    )
    assert len(lines) == 2
    assert lines[0].startswith("strawberries  PYO")
    assert total == pytest.approx(6.50 + 3.60)
