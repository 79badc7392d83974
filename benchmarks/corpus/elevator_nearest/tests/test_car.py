import pytest

from elevator.building import dispatch
from elevator.car import Car


def test_call_validates_floor():
    with pytest.raises(ValueError):
        Car(5).call(7)


def test_nearest_request():
    car = Car(10, floor=5)
    for floor in (9, 3, 6):
        car.call(floor)
    assert car.nearest() == 6


def test_nearest_below():
    car = Car(10, floor=5)
    car.call(1)
    car.call(4)
    car.call(8)
    assert car.nearest() == 4


def test_run_serves_everything():
    car = Car(10, floor=5)
    for floor in (9, 4, 6):
        car.call(floor)
    assert car.run() == 6
    assert car.visited == [4, 6, 9]
    assert car.requests == set()


def test_dispatch():
    a, b = Car(10, floor=0), Car(10, floor=8)
    assert dispatch([a, b], 7) is b
