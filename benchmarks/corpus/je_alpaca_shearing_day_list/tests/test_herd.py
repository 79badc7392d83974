from datetime import date

import pytest

from alpacas.animals import Alpaca
from alpacas.herd import Herd

SHEARING_DAY = date(2024, 5, 25)


@pytest.fixture
def herd():
    return Herd(
        [
            Alpaca("Pippin", "M", date(2021, 6, 30), last_shorn=date(2023, 5, 20)),
            Alpaca("Toffee", "F", date(2023, 9, 10)),
            Alpaca("Willow", "F", date(2022, 6, 2), last_shorn=date(2023, 5, 20)),
            Alpaca("Nutmeg", "M", date(2020, 4, 11), last_shorn=date(2023, 11, 3)),
        ]
    )


def test_adults_shorn_last_year_are_due(herd):
    assert herd.due_for_shearing(SHEARING_DAY) == ["Pippin", "Willow"]


def test_young_cria_wait(herd):
    assert "Toffee" not in herd.due_for_shearing(SHEARING_DAY)
    assert "Toffee" in herd.due_for_shearing(date(2024, 6, 10))



def test_heavily_pregnant_female_waits(herd):
    herd.add(Alpaca("Bramble", "F", date(2019, 5, 14), last_shorn=date(2023, 5, 20), mated=date(2023, 7, 2)))
    assert "Bramble" not in herd.due_for_shearing(SHEARING_DAY)


def test_female_early_in_pregnancy_is_shorn(herd):
    herd.add(Alpaca("Bramble", "F", date(2019, 5, 14), last_shorn=date(2023, 5, 20), mated=date(2024, 1, 10)))
    assert "Bramble" in herd.due_for_shearing(SHEARING_DAY)


def test_female_who_has_had_her_cria_is_shorn(herd):
    herd.add(Alpaca("Bramble", "F", date(2019, 5, 14), last_shorn=date(2023, 5, 20), mated=date(2023, 5, 1)))
    assert "Bramble" in herd.due_for_shearing(SHEARING_DAY)


def test_recorded_shearing_takes_them_off_the_list(herd):
    herd.record_shearing(["Pippin"], SHEARING_DAY)
    assert herd.due_for_shearing(date(2024, 6, 1)) == ["Willow"]


def test_shearing_minutes(herd):
    assert herd.shearing_minutes(SHEARING_DAY) == 2 * 12 + 30
    assert Herd([]).shearing_minutes(SHEARING_DAY) == 0
