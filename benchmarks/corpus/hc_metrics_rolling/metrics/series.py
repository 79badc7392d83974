"""A named series of samples and the summaries dashboards ask for."""

from __future__ import annotations

from dataclasses import dataclass, field

from .window import rolling_max, rolling_sum


@dataclass
class Series:
    name: str
    samples: list[float] = field(default_factory=list)

    def add(self, *values: float) -> None:
        self.samples.extend(values)

    def moving_average(self, window: int) -> list[float]:
        return [total / window for total in rolling_sum(self.samples, window)]

    def peaks(self, window: int) -> list[float]:
        return rolling_max(self.samples, window)

    def busiest_window(self, window: int) -> int | None:
        """Where the window with the largest sum starts (the first one on ties)."""
        sums = rolling_sum(self.samples, window)
        if not sums:
            return None
        return sums.index(max(sums))
