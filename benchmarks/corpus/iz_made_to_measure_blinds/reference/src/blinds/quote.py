"""Quotes for made-to-measure roller blinds, from the recess the customer measured."""

from __future__ import annotations

from dataclasses import dataclass

from blinds.fabrics import Fabric

INSIDE_CLEARANCE_CM = 1.0  # inside the recess the blind is made narrower, to clear the walls
OUTSIDE_OVERLAP_CM = 5.0  # outside the recess it overlaps the wall this much on each side, and at the top
ROLL_ALLOWANCE_CM = 20.0  # extra cloth for the roll and the bottom bar pocket
MIN_AREA_M2 = 1.0
HEADRAIL_PER_M = 14.0
BLACKOUT_CHANNELS = 38.0  # side channels that stop light creeping round a blackout blind


@dataclass(frozen=True)
class BlindQuote:
    width_cm: float
    drop_cm: float
    cloth_m2: float
    price: float


def quote_blind(recess_width_cm: float, recess_drop_cm: float, fabric: Fabric, inside_recess: bool = True) -> BlindQuote:
    def made_size() -> tuple[float, float]:
        if inside_recess:
            return recess_width_cm - INSIDE_CLEARANCE_CM, recess_drop_cm
        return recess_width_cm + 2 * OUTSIDE_OVERLAP_CM, recess_drop_cm + OUTSIDE_OVERLAP_CM

    if recess_width_cm <= 0 or recess_drop_cm <= 0:
        raise ValueError("measurements must be positive")
    width, drop = made_size()
    if width > fabric.roll_width_cm:
        raise ValueError(f"{fabric.name} comes on a {fabric.roll_width_cm} cm roll")
    cloth = max(MIN_AREA_M2, width * (drop + ROLL_ALLOWANCE_CM) / 10_000)
    price = cloth * fabric.price_per_m2 + width / 100 * HEADRAIL_PER_M
    if fabric.blackout and inside_recess:
        price += BLACKOUT_CHANNELS
    return BlindQuote(width, drop, round(cloth, 2), round(price, 2))


def quote_order(blinds: list[BlindQuote], fitting: bool = True) -> float:
    """Total for an order: fitting is a flat charge per visit plus a little per blind."""
    total = sum(blind.price for blind in blinds)
    if fitting and blinds:
        total += 25.0 + 6.0 * len(blinds)
    return round(total, 2)
