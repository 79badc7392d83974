"""weigh_sheet on shares just under, at and over the scale's minimum, zero parts and empty
recipes, then random recipes and batch sizes."""

import random

from observing import attempt
from spiceblend.recipes import parse_recipe
from spiceblend.weighing import batch_weight, jar_label, weigh_sheet

SPICES = ["cumin seed", "coriander seed", "green cardamom", "cloves", "cinnamon", "black pepper", "saffron",
          "fenugreek", "nigella", "star anise", "smoked paprika", "turmeric", "dried chilli", "mace"]


def blend(text, batch):
    sheet, notes = weigh_sheet(parse_recipe(text), batch)
    return sheet, notes, batch_weight(sheet), jar_label("house blend", sheet)


def observe():
    rng = random.Random(8842)
    results = []
    for small in (0, 0.001, 0.04, 0.049, 0.0499, 0.05, 0.0501, 0.06, 0.1, 0.5, 1):
        for batch in (10, 50, 100, 1000):
            results.append(attempt(weigh_sheet, {"smoked paprika": 6, "turmeric": 4, "saffron": small}, batch))
    results.append(attempt(weigh_sheet, {}, 100))
    results.append(attempt(weigh_sheet, {"cumin seed": 1}, 0))
    results.append(attempt(weigh_sheet, {"cumin seed": 1, "mace": 1}, 0.6))
    results.append(attempt(weigh_sheet, {"cumin seed": 1, "mace": 1}, 1.0))
    results.append(attempt(weigh_sheet, {"cumin seed": 1, "mace": 1}, 0.98))
    results.append(attempt(blend, "cumin seed = 3\nmace = oops", 100))
    for _ in range(150):
        lines = []
        for spice in rng.sample(SPICES, rng.randint(1, 8)):
            parts = rng.choice((rng.randint(0, 8), round(rng.uniform(0, 0.3), 3), round(rng.uniform(0, 5), 1)))
            lines.append(f"{spice} = {parts}")
        batch = rng.choice((5, 25, 50, 100, 250, 500, 1000, round(rng.uniform(1, 300), 1)))
        results.append(attempt(blend, "\n".join(lines), batch))
    return results
