"""The end-of-week harvest report."""

from __future__ import annotations

from .picks import Pick, fruit_kg, net_kg


def picker_totals(picks: list[Pick]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for pick in picks:
        totals[pick.picker] = round(totals.get(pick.picker, 0.0) + net_kg(pick), 2)
    return totals


def picker_pay(picks: list[Pick], rate_per_kg: float) -> dict[str, float]:
    return {picker: round(kg * rate_per_kg, 2) for picker, kg in picker_totals(picks).items()}


def block_report(picks: list[Pick], hectares: dict[str, float]) -> dict[str, dict]:
    """Per block: crates picked, fruit and packed kilograms, packed tonnes a hectare."""
    report: dict[str, dict] = {}
    for pick in picks:
        row = report.setdefault(pick.block, {"crates": 0, "fruit_kg": 0.0, "packed_kg": 0.0})
        fruit = fruit_kg(pick)
        row["crates"] += pick.crates
        row["fruit_kg"] += fruit
        row["packed_kg"] += fruit
    for block, row in report.items():
        row["fruit_kg"] = round(row["fruit_kg"], 2)
        row["packed_kg"] = round(row["packed_kg"], 2)
        row["t_per_ha"] = round(row["packed_kg"] / 1000 / hectares[block], 3)
    return report
