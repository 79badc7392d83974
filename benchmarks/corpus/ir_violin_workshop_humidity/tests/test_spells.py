from datetime import datetime, timedelta

from luthier.readings import Reading
from luthier.spells import Spell, dry_spells, hours_dry, worst_spell

MONDAY = datetime(2024, 1, 8, 0, 0)


def hourly(*rhs):
    return [Reading(MONDAY + timedelta(hours=k), 18.0, rh) for k, rh in enumerate(rhs)]


def test_no_dry_spell():
    assert dry_spells(hourly(45, 44, 41, 40, 42)) == []


def test_one_dry_spell():
    spells = dry_spells(hourly(45, 39, 37.5, 38, 41, 43))
    assert spells == [Spell(MONDAY + timedelta(hours=1), MONDAY + timedelta(hours=3), 3, 37.5)]
    assert spells[0].hours == 2.0


def test_a_short_dip_is_not_a_spell():
    assert dry_spells(hourly(45, 39, 38, 41, 43)) == []
    assert len(dry_spells(hourly(45, 39, 38, 41, 43), min_readings=2)) == 1


def test_two_spells_and_the_worst():
    spells = dry_spells(hourly(39, 38, 39, 42, 44, 38, 36, 35, 39, 41))
    assert [(s.readings, s.lowest_rh) for s in spells] == [(3, 38), (4, 35)]
    assert worst_spell(spells) is spells[1]
    assert hours_dry(spells) == 5.0


def test_varnish_room_threshold():
    spells = dry_spells(hourly(52, 49, 48, 47, 51), threshold=50)
    assert [s.readings for s in spells] == [3]


def test_spell_still_going_at_the_end_of_the_export():
    spells = dry_spells(hourly(44, 42, 39, 38, 37))
    assert len(spells) == 1
    assert spells[0].start == MONDAY + timedelta(hours=2)
    assert spells[0].lowest_rh == 37


def test_worst_of_none():
    assert worst_spell([]) is None
