import pytest

from vending.machine import NotEnoughCredit, SoldOut


def test_insert_counts_credit(machine):
    machine.insert(100)
    assert machine.insert(50) == 150


def test_rejects_foreign_coins(machine):
    with pytest.raises(ValueError):
        machine.insert(3)


def test_buy_with_change(machine):
    machine.insert(200)
    assert machine.buy("A1") == ("Sparkling water", [50, 20, 10])
    assert machine.slots["A1"].count == 4


def test_credit_is_used_up(machine):
    machine.insert(100)
    machine.insert(20)
    machine.buy("A1")
    assert machine.credit == 0
    with pytest.raises(NotEnoughCredit):
        machine.buy("A1")


def test_sold_out(machine):
    machine.insert(200)
    with pytest.raises(SoldOut):
        machine.buy("B1")


def test_refund(machine):
    machine.insert(50)
    machine.insert(20)
    assert machine.refund() == [50, 20]
    assert machine.credit == 0
