import pytest

from meter.tariff import Tariff


@pytest.fixture
def day():
    return Tariff(name="day", flag_fall="3.20", included_m=1000, unit_m=100, per_unit="0.24", per_minute="0.45")
