"""Second fermentation: splitting a batch between flavours and into bottles."""

from __future__ import annotations

from kombucha.batches import Batch

STARTER_ML_PER_L = 100  # kept back from every batch to start the next one
FRUIT_G_PER_L = 60


def bottling_plan(batch: Batch, flavours: list[str], bottle_ml: int = 330) -> dict[str, dict]:
    """Each flavour's share of the batch, less the starter kept back, in whole bottles."""
    if not flavours:
        raise ValueError("no flavours")
    available_ml = round(batch.litres * (1000 - STARTER_ML_PER_L))
    share_ml = available_ml // len(flavours)
    plan = {}
    for flavour in flavours:
        bottles = share_ml // bottle_ml
        plan[flavour] = {
            "bottles": bottles,
            "fruit_g": round(bottles * bottle_ml / 1000 * FRUIT_G_PER_L),
            "spare_ml": share_ml - bottles * bottle_ml,
        }
    return plan
