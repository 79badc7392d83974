import math

import pytest

from levels.meter import Meter
from levels.pcm import decode, encode


def sine(amplitude, cycles=4, length=480):
    return [round(amplitude * math.sin(2 * math.pi * cycles * n / length)) for n in range(length)]


def test_silence():
    meter = Meter([0] * 100)
    assert meter.peak_dbfs() == -96.0
    assert meter.rms_dbfs() == -96.0


def test_half_scale_sine():
    meter = Meter(sine(16384))
    assert meter.peak_dbfs() == pytest.approx(-6.02, abs=0.01)
    assert meter.rms_dbfs() == pytest.approx(-9.03, abs=0.01)


def test_negative_click():
    meter = Meter([0, 120, -8192, 40, 0])
    assert meter.peak_dbfs() == pytest.approx(-12.04, abs=0.01)


def test_clipped():
    assert Meter([32767, 32767, 100, -32768, -32767]).clipped() == 3


def test_blocks():
    blocks = Meter(sine(1000) + [0] * 480, rate=48000).blocks(10)
    assert [block.peak_dbfs() > -96 for block in blocks] == [True, False]


def test_pcm_round_trip():
    left, right = [0, 1, -2, 32767], [-32768, 5, 6, 7]
    assert decode(encode([left, right]), channels=2) == [left, right]
