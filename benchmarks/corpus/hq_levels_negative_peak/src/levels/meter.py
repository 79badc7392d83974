"""Level readings for a channel of 16-bit samples, in dB relative to full scale."""

from __future__ import annotations

import math

FULL_SCALE = 32768
FLOOR_DB = -96.0  # what a 16-bit recording can tell apart from silence


def to_dbfs(fraction: float) -> float:
    if fraction <= 0:
        return FLOOR_DB
    return max(FLOOR_DB, 20 * math.log10(fraction))


class Meter:
    def __init__(self, samples: list[int], rate: int = 48000) -> None:
        self.samples = list(samples)
        self.rate = rate

    def peak(self) -> float:
        """The largest excursion from zero either way, as a fraction of full scale."""
        if not self.samples:
            return 0.0
        return max(self.samples) / FULL_SCALE

    def peak_dbfs(self) -> float:
        return to_dbfs(self.peak())

    def rms_dbfs(self) -> float:
        if not self.samples:
            return FLOOR_DB
        mean_square = sum(sample * sample for sample in self.samples) / len(self.samples)
        return to_dbfs(math.sqrt(mean_square) / FULL_SCALE)

    def clipped(self) -> int:
        """Samples stuck at either end of the range."""
        return sum(1 for sample in self.samples if sample in (-FULL_SCALE, FULL_SCALE - 1))

    def blocks(self, milliseconds: int) -> list[Meter]:
        size = max(1, self.rate * milliseconds // 1000)
        return [Meter(self.samples[i : i + size], self.rate) for i in range(0, len(self.samples), size)]

    def headroom_db(self) -> float:
        return -self.peak_dbfs()
