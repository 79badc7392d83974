from datetime import date

import pytest

from apiary.hives import Apiary


@pytest.fixture
def orchard():
    apiary = Apiary("Orchard")
    for name in ("Blue", "Yellow", "Nuc 1"):
        apiary.add(name)
    return apiary


def test_new_hives_are_due(orchard):
    assert orchard.due_for_inspection(date(2024, 5, 4)) == ["Blue", "Nuc 1", "Yellow"]


def test_inspected_this_week_is_not_due(orchard):
    orchard.record_inspection("Blue", date(2024, 5, 1))
    orchard.record_inspection("Yellow", date(2024, 4, 27))
    assert orchard.due_for_inspection(date(2024, 5, 4)) == ["Nuc 1", "Yellow"]


def test_fortnightly_after_the_swarm_season(orchard):
    for name in ("Blue", "Yellow", "Nuc 1"):
        orchard.record_inspection(name, date(2024, 8, 10))
    assert orchard.due_for_inspection(date(2024, 8, 20)) == []
    assert orchard.due_for_inspection(date(2024, 8, 24)) == ["Blue", "Nuc 1", "Yellow"]


def test_queenless_colony_every_visit(orchard):
    for name in ("Blue", "Yellow", "Nuc 1"):
        orchard.record_inspection(name, date(2024, 6, 1))
    orchard.mark("Yellow", "queenless")
    assert orchard.due_for_inspection(date(2024, 6, 3)) == ["Yellow"]


def test_nothing_opened_in_winter(orchard):
    assert orchard.due_for_inspection(date(2024, 1, 15)) == []


def test_united_and_dead_hives_are_not_due(orchard):
    orchard.record_inspection("Blue", date(2024, 9, 2))
    orchard.unite("Nuc 1", "Blue", date(2024, 9, 2))
    orchard.mark("Yellow", "dead")
    assert orchard.due_for_inspection(date(2024, 9, 20)) == ["Blue"]
    assert orchard.hives["Blue"].notes == ["02 Sep: united with Nuc 1"]


def test_unknown_status(orchard):
    with pytest.raises(ValueError):
        orchard.mark("Blue", "swarmed")
