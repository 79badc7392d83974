from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .rates import BANDS, EXPRESS_FACTOR, MAX_SIDE_CM, ParcelRejected


@dataclass(frozen=True)
class Parcel:
    weight_kg: Decimal
    length_cm: int
    width_cm: int
    height_cm: int
    express: bool = False


def chargeable_weight(parcel: Parcel) -> Decimal:
    """The larger of the actual weight and the volumetric weight (cm³ / 5000)."""
    volume = parcel.length_cm * parcel.width_cm * parcel.height_cm
    volumetric = Decimal(volume) / 5000
    return max(parcel.weight_kg, volumetric)


def price(parcel: Parcel) -> Decimal:
    if max(parcel.length_cm, parcel.width_cm, parcel.height_cm) > MAX_SIDE_CM:
        raise ParcelRejected("too long")
    weight = chargeable_weight(parcel)
    for limit, band_price in BANDS:
        if weight < limit:
            break
    else:
        raise ParcelRejected("too heavy")
    if parcel.express:
        band_price *= EXPRESS_FACTOR
    return band_price.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
