from datetime import date

from hut.occupancy import can_take, full_nights, occupancy
from hut.stays import Stay

FRI, SAT, SUN = date(2024, 8, 2), date(2024, 8, 3), date(2024, 8, 4)


def test_empty_hut():
    assert occupancy([], FRI, SUN) == {FRI: 0, SAT: 0, SUN: 0}


def test_weekend_party_sleeps_friday_and_saturday():
    stays = [Stay("Ramblers", 6, FRI, SUN)]
    assert occupancy(stays, FRI, SUN) == {FRI: 6, SAT: 6, SUN: 0}


def test_stays_outside_the_range_are_ignored():
    stays = [Stay("Early", 4, date(2024, 7, 28), date(2024, 7, 30))]
    assert occupancy(stays, FRI, SUN) == {FRI: 0, SAT: 0, SUN: 0}


def test_full_nights():
    stays = [Stay("Club", 20, FRI, SAT), Stay("Scouts", 4, FRI, SUN)]
    assert full_nights(stays, FRI, SUN) == [FRI]


def test_can_take_when_the_others_have_gone():
    stays = [Stay("Club", 24, FRI, SAT)]
    assert can_take(stays, Stay("Okafor", 2, SAT, SUN))
    assert not can_take(stays, Stay("Okafor", 2, FRI, SAT))
