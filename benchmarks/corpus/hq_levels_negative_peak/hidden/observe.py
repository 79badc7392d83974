"""Peaks and levels of edge-case buffers and random recordings, many leaning negative."""

import random

from observing import attempt
from levels.meter import Meter


def reading(meter):
    return [attempt(meter.peak), attempt(meter.peak_dbfs), attempt(meter.headroom_db), attempt(meter.rms_dbfs), attempt(meter.clipped)]


def observe():
    rng = random.Random(4810)
    results = []
    edge = [
        [],
        [0],
        [-1],
        [1],
        [-32768],
        [32767],
        [-32768, 32767],
        [-5, -3, -9],
        [100, -100],
        [100, -101],
        [-20000, 19999, 0],
    ]
    for samples in edge:
        results.append(reading(Meter(samples)))
    for _ in range(100):
        bias = rng.choice([-1, 0, 1])
        scale = rng.choice([10, 1000, 20000, 32768])
        samples = [
            max(-32768, min(32767, int(rng.gauss(bias * scale / 3, scale / 4))))
            for _ in range(rng.randint(1, 300))
        ]
        meter = Meter(samples, rate=rng.choice([8000, 44100, 48000]))
        results.append(reading(meter))
        results.append([attempt(block.peak_dbfs) for block in meter.blocks(rng.choice([1, 2, 5]))])
    return results
