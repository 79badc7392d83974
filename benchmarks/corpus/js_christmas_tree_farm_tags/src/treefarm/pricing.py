"""Tree prices for the season. Trees are priced by species and height band; the
tallest band is priced by the foot above it, as the big ones go to churches and pubs."""

from __future__ import annotations

# (top of band in cm, price in pounds), by species
BANDS = {
    "Nordmann": [(150, 45.0), (180, 55.0), (210, 65.0), (240, 80.0)],
    "Norway": [(150, 30.0), (180, 38.0), (210, 46.0), (240, 55.0)],
    "Fraser": [(150, 50.0), (180, 62.0), (210, 74.0), (240, 90.0)],
}
PER_FOOT_OVER = 12.0
FOOT_CM = 30.48


def price(species: str, height_cm: int) -> float:
    bands = BANDS[species]
    for top, pounds in bands:
        if height_cm <= top:
            return pounds
    top, pounds = bands[-1]
    feet_over = -(-(height_cm - top) // FOOT_CM)
    return pounds + PER_FOOT_OVER * feet_over
