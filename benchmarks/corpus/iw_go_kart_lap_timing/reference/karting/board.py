"""The timing board over the pit wall: laps, best laps and the fastest lap of the heat."""

from __future__ import annotations

MIN_LAP = 20.0  # two passings closer than this are the loop reading one transponder twice


class TimingBoard:
    def __init__(self, min_lap: float = MIN_LAP):
        self.min_lap = min_lap
        self.heat = ""
        self.last_pass: dict[int, float] = {}
        self.laps: dict[int, list[float]] = {}
        self.fastest: tuple[int, float] | None = None

    def start_heat(self, name: str) -> None:
        self.heat = name
        self.last_pass = {}
        self.laps = {}
        self.fastest = None

    def passing(self, kart: int, at: float) -> float | None:
        """Record a passing; returns the lap it completes, if any."""
        previous = self.last_pass.get(kart)
        if previous is not None and at - previous < self.min_lap:
            return None
        self.last_pass[kart] = at
        if previous is None:
            return None  # out of the pits: the first passing starts lap one
        lap = round(at - previous, 3)
        self.laps.setdefault(kart, []).append(lap)
        if self.fastest is None or lap < self.fastest[1]:
            self.fastest = (kart, lap)
        return lap

    def best_laps(self) -> dict[int, float]:
        return {kart: min(laps) for kart, laps in self.laps.items()}

    def positions(self) -> list[int]:
        """Most laps first; on the same lap, whoever crossed the line first."""
        return sorted(self.laps, key=lambda kart: (-len(self.laps[kart]), self.last_pass[kart]))
