from datetime import date

import pytest

from apiary.scale import Reading


def test_stores(make_hive):
    assert make_hive([38.0, 41.7]).stores_kg() == 11.7
    assert make_hive([]).stores_kg() == 0.0


def test_readings_must_be_in_order(make_hive):
    hive = make_hive([38.0, 38.4])
    with pytest.raises(ValueError):
        hive.record(Reading(date(2024, 6, 2), 38.5))


def test_daily_changes(make_hive):
    assert make_hive([38.0, 39.5, 39.2]).daily_changes() == [(date(2024, 6, 2), 1.5), (date(2024, 6, 3), -0.3)]


def test_still_gaining(make_hive):
    assert make_hive([40.0, 41.5, 43.0, 44.2]).flow_ended() is None


def test_flow_ended(make_hive):
    assert make_hive([40.0, 41.5, 43.0, 43.1, 43.1, 43.0]).flow_ended() == date(2024, 6, 5)


def test_flow_ended_after_a_second_flow(make_hive):
    hive = make_hive([40.0, 40.1, 42.0, 43.5, 43.6, 43.5, 43.5])
    assert hive.flow_ended() == date(2024, 6, 6)
