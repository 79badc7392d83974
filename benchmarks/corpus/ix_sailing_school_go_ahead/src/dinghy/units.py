"""Wind speed units: the forecast app gives mph, the instructors think in knots."""

KNOTS_PER_MPH = 0.868976
KPH_PER_MPH = 1.609344
BEAUFORT_KNOTS = [1, 4, 7, 11, 17, 22, 28, 34, 41, 48, 56, 64]


def mph_to_knots(mph: float) -> float:
    return mph * KNOTS_PER_MPH


def mph_to_kph(mph: float) -> float:
    return mph * KPH_PER_MPH


def beaufort(knots: float) -> int:
    """Force on the Beaufort scale for a wind speed in knots."""
    return sum(1 for limit in BEAUFORT_KNOTS if knots >= limit)
