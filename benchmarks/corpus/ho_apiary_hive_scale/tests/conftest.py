import pytest

from apiary.hive import Hive
from apiary.scale import parse_log


def hive_with(weights, empty_kg=30.0):
    hive = Hive("north", empty_kg)
    for reading in parse_log("\n".join(f"2024-06-{day:02d} {kg}" for day, kg in enumerate(weights, 1))):
        hive.record(reading)
    return hive


@pytest.fixture
def make_hive():
    return hive_with
