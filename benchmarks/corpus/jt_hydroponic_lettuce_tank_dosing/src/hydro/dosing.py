"""How much to add to a tank, from the makers' labels.

Two-part nutrient concentrate raises the tank's EC (electrical conductivity, in
mS/cm); pH Down, dilute phosphoric acid, lowers its pH. Both rates are given per
100 litres of tank water and per tenth of a unit."""

from __future__ import annotations

NUTRIENT_ML = 10  # of each part, per 100 l, per 0.1 mS/cm
ACID_ML = 1.5  # per 100 l, per 0.1 pH

# (EC, pH) each crop is grown at
CROPS = {"lettuce": (1.2, 6.0), "basil": (1.6, 6.2), "pak choi": (1.8, 6.5), "watercress": (0.8, 6.8)}


def nutrient_ml(litres: float, ec_now: float, ec_target: float) -> int:
    """ml of each part to bring the tank up to ec_target. A tank already at or over
    strength gets none: it is brought down with fresh water, not dosed."""
    tenths = max(0.0, ec_target - ec_now) * 10
    return round(tenths * NUTRIENT_ML * litres / 100)


def acid_ml(litres: float, ph_now: float, ph_target: float) -> float:
    """ml of pH Down to bring the tank down to ph_target; none if it is at or under."""
    tenths = max(0.0, ph_now - ph_target) * 10
    return round(tenths * ACID_ML * litres / 100, 1)
