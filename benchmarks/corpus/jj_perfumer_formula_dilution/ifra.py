"""Making up a batch at a given strength and checking it against the IFRA limits
for fine fragrance (category 4)."""

from __future__ import annotations

from formula import Formula

# most a finished perfume may hold of each restricted material, percent
LIMITS = {
    "oakmoss abs": 0.1,
    "cinnamon bark": 0.05,
    "lemongrass": 0.8,
    "bergamot": 2.0,  # bergaptene-bearing: only the FCF grade is unlimited
    "clove bud": 0.5,
}

STRENGTHS = {"parfum": 25.0, "edp": 18.0, "edt": 10.0, "edc": 4.0}


def batch(formula: Formula, strength: str) -> dict[str, float]:
    """How much alcohol to add to the concentrate for the strength wanted, and the batch size."""
    percent = STRENGTHS[strength.lower()]
    oil = sum(formula.neat_ml().values())
    total = oil / percent * 100
    alcohol = total - formula.concentrate_ml()
    if alcohol < 0:
        raise ValueError(f"{formula.name} is already weaker than {strength}")
    return {"concentrate": round(formula.concentrate_ml(), 2), "alcohol": round(alcohol, 2), "total": round(total, 2)}


def over_limits(formula: Formula, strength: str) -> list[tuple[str, float, float]]:
    """(material, percent in the finished perfume, limit) for every material over its limit."""
    total = batch(formula, strength)["total"]
    found = []
    for material, ml in sorted(formula.neat_ml().items()):
        limit = LIMITS.get(material)
        share = round(ml / total * 100, 3)
        if limit is not None and share > limit:
            found.append((material, share, limit))
    return found
