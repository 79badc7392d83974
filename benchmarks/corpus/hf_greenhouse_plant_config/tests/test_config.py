from datetime import date

import pytest

from greenhouse.config import ConfigError, load_plants, plant_from_record
from greenhouse.plants import Plant


def test_load_plants():
    text = '[{"name": "basil", "every_days": 2, "last_watered": "2024-05-01", "litres": 0.25},' \
           ' {"name": "fern", "every_days": "3", "last_watered": "2024-05-02"}]'
    assert load_plants(text) == [Plant("basil", 2, date(2024, 5, 1), 0.25), Plant("fern", 3, date(2024, 5, 2), 0.5)]


def test_not_json():
    with pytest.raises(ConfigError):
        load_plants("basil: every 2 days")


def test_bad_date():
    with pytest.raises(ConfigError, match="fern"):
        plant_from_record({"name": "fern", "every_days": 3, "last_watered": "May 2nd"})


def test_interval_must_be_positive():
    with pytest.raises(ConfigError):
        plant_from_record({"name": "fern", "every_days": 0, "last_watered": "2024-05-02"})


def test_missing_field():
    with pytest.raises(ConfigError, match="fern"):
        plant_from_record({"name": "fern", "last_watered": "2024-05-02"})


def test_plant_listed_twice():
    record = '{"name": "mint", "every_days": 2, "last_watered": "2024-05-01"}'
    with pytest.raises(ConfigError, match="mint"):
        load_plants(f"[{record}, {record}]")
