"""nursery_order with one plant at just under, exactly and just over a tray's worth and many trays' worth, then random rounds of boxes; planting_sheet on each."""

import random

from observing import attempt
from windowbox.catalogue import Plant
from windowbox.orders import Box, nursery_order, planting_sheet

CATALOGUE = {
    "Trailing lobelia": Plant("Trailing lobelia", 15, 24, 14.40),
    "Ivy geranium": Plant("Ivy geranium", 25, 12, 16.80),
    "Dwarf lavender": Plant("Dwarf lavender", 30, 9, 22.50),
    "Viola": Plant("Viola", 15, 40, 12.00),
    "Box ball": Plant("Box ball", 30, 1, 9.50),
}


def run(boxes):
    boxes = [Box(*box) for box in boxes]
    return nursery_order(boxes, CATALOGUE), planting_sheet(boxes, CATALOGUE)


def observe():
    rng = random.Random(1457)
    results = [attempt(run, [])]
    for name, plant in CATALOGUE.items():
        for plants in (1, 2, plant.per_tray - 1, plant.per_tray, plant.per_tray + 1, 2 * plant.per_tray, 5 * plant.per_tray + 3):
            if plants >= 1:
                results.append(attempt(run, [("Cafe", plants * plant.spacing_cm, 1, name)]))
                results.append(attempt(run, [("Cafe", plants * plant.spacing_cm, 2, name), ("Pub", 60, 1, "Viola")]))
    results.append(attempt(run, [("Cafe", 90, 1, "Sunflower")]))
    for _ in range(150):
        boxes = [
            (rng.choice(("Cafe", "Pub", "Office", "Surgery")), rng.choice((40, 60, 75, 90, 100, 120, 150, 200, 5)), rng.choice((1, 2)), rng.choice(sorted(CATALOGUE)))
            for _ in range(rng.randint(0, 12))
        ]
        results.append(attempt(run, boxes))
    return results
