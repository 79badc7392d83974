"""Planning the day's runs on the steam still."""

from __future__ import annotations

import math
from datetime import date

from harvest import Load

MIN_OIL_ML_PER_KG = 8.0  # below this a run does not pay for the gas
KEEP_DAYS = 2  # cut stems left in the heap longer than this have lost their oil
BOTTLE_ML = 10


class Still:
    def __init__(self, charge_kg: float):
        if charge_kg <= 0:
            raise ValueError("the still has to hold something")
        self.charge_kg = charge_kg
        self.heap: list[Load] = []

    def bring_in(self, loads: list[Load]) -> None:
        self.heap.extend(loads)

    def distil_plan(self, today: date) -> dict[str, float]:
        """Kilos to distil today, the oil they should give and the runs of the still
        they take. Loads that are poor in oil, were cut wet or have lain more than
        KEEP_DAYS go on the compost instead."""
        kg = 0.0
        oil = 0.0
        composted = 0.0
        for load in self.heap:
            if load.cut > today:
                continue
            if load.oil_ml_per_kg < MIN_OIL_ML_PER_KG or load.age(today) > KEEP_DAYS:
                composted += load.kg
                continue
            kg += load.kg
            oil += load.kg * load.oil_ml_per_kg
        return {"kg": round(kg, 1), "oil_ml": round(oil), "runs": math.ceil(kg / self.charge_kg), "composted": round(composted, 1)}

    def clear_heap(self, today: date) -> None:
        """After the day's runs: everything cut by today has been distilled or composted."""
        self.heap = [load for load in self.heap if load.cut > today]


def bottles(oil_ml: float) -> tuple[int, float]:
    """Full bottles for the shop, and the ml left over for the soap."""
    full = int(oil_ml // BOTTLE_ML)
    return full, round(oil_ml - full * BOTTLE_ML, 1)
