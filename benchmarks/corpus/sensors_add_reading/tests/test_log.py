import pytest

from sensors.log import TemperatureLog
from sensors.units import convert


def test_convert():
    assert convert(100, "C", "F") == 212
    assert convert(0, "C", "K") == 273.15
    with pytest.raises(ValueError):
        convert(1, "C", "X")


def test_readings_in_log_unit():
    log = TemperatureLog("C")
    log.add(20)
    log.add(22)
    assert log.mean() == 21
    assert log.extremes("F") == pytest.approx((68.0, 71.6))


def test_readings_in_other_units():
    log = TemperatureLog("C")
    log.add(212, "F")
    log.add(273.15, "K")
    assert log.readings == pytest.approx([100.0, 0.0])


def test_above():
    log = TemperatureLog("F")
    for value in (50, 70, 90):
        log.add(value)
    assert log.above(20, "C") == 2
