import pytest

from estimate import Estimate
from rooms import Wall


def test_area(back_bedroom):
    assert Estimate(back_bedroom).area() == 33.2


def test_plaster_for_back_bedroom(back_bedroom):
    # 33.2 m2 at 2 mm, 1.2 kg per m2 per mm, plus 10%
    assert Estimate(back_bedroom).materials() == {"kg": 87.6, "bags": 4}


def test_bags_round_up():
    # 12 m2 needs 31.7 kg: one bag is not enough
    assert Estimate([Wall(5.0, 2.4)]).materials()["bags"] == 2


def test_days_in_half_days(back_bedroom, chimney_breast):
    assert Estimate(back_bedroom).days() == 1.5
    assert Estimate(chimney_breast).days() == 0.5


def test_price(chimney_breast):
    # half a day and one bag
    assert Estimate(chimney_breast).price(day_rate=200, bag_price=14.5) == pytest.approx(114.5)
