"""A trail's elevation profile from GPS track points, and what it means for walkers."""

from __future__ import annotations

from trail.mathutil import clamp, lerp

# Naismith's rule: 5 km an hour on the flat, plus an hour for every 600 m of ascent.
FLAT_KMH = 5.0
CLIMB_METRES_PER_HOUR = 600.0


class OffTrail(ValueError):
    pass


class ElevationProfile:
    def __init__(self, points: list[tuple[float, float]]) -> None:
        """points: (km from the start, elevation in metres), at least one."""
        if not points:
            raise ValueError("empty profile")
        self.points = sorted(points)

    @property
    def length(self) -> float:
        return self.points[-1][0] - self.points[0][0]

    def elevation_at(self, km: float) -> float:
        """Elevation `km` along the trail, linear between the track points around it."""
        first, last = self.points[0][0], self.points[-1][0]
        if not first <= km <= last:
            raise OffTrail(km)
        for (k0, e0), (k1, e1) in zip(self.points, self.points[1:]):
            if k0 <= km <= k1:
                return lerp(e0, e1, (km - k0) / (k1 - k0))
        return self.points[0][1]

    def highest_point(self) -> tuple[float, float]:
        return max(self.points, key=lambda point: (point[1], -point[0]))

    def total_ascent(self) -> float:
        return sum(max(0.0, e1 - e0) for (_, e0), (_, e1) in zip(self.points, self.points[1:]))

    def walking_hours(self) -> float:
        return round(self.length / FLAT_KMH + self.total_ascent() / CLIMB_METRES_PER_HOUR, 2)

    def steepest_grade(self, start: float, end: float, step: float = 0.1) -> float:
        """Steepest grade in percent between `start` and `end` km, sampled every `step` km."""
        first, last = self.points[0][0], self.points[-1][0]
        start, end = clamp(start, first, last), clamp(end, first, last)
        steepest = 0.0
        km = start
        while km + step <= end + 1e-9:
            rise = self.elevation_at(min(km + step, last)) - self.elevation_at(km)
            steepest = max(steepest, abs(rise) / (step * 1000) * 100)
            km += step
        return round(steepest, 1)
