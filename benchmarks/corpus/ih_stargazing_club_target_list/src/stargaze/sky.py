from __future__ import annotations

import math


def altitude(ra_hours: float, dec_degrees: float, latitude: float, sidereal_hours: float) -> float:
    """Degrees above the horizon of the point (ra, dec), seen from `latitude` at
    local sidereal time `sidereal_hours`. Negative below the horizon."""
    hour_angle = math.radians((sidereal_hours - ra_hours) * 15)
    dec = math.radians(dec_degrees)
    lat = math.radians(latitude)
    sin_alt = math.sin(dec) * math.sin(lat) + math.cos(dec) * math.cos(lat) * math.cos(hour_angle)
    return math.degrees(math.asin(max(-1.0, min(1.0, sin_alt))))


def limiting_magnitude(aperture_mm: float) -> float:
    """Faintest star a telescope of this aperture shows on a dark night (rule of thumb)."""
    if aperture_mm <= 0:
        raise ValueError("aperture must be positive")
    return round(7.5 + 5 * math.log10(aperture_mm / 10), 1)
