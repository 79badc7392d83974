"""The order to the nursery and the planting sheet for the van, for one season's change-over.

Each box on the round is planted with one plant, in one row along a narrow box or two
rows along a deep one.
"""

from __future__ import annotations

from dataclasses import dataclass

from windowbox.catalogue import Plant, plants_along, trays_needed


@dataclass(frozen=True)
class Box:
    customer: str
    length_cm: int
    rows: int
    plant: str


def box_plants(box: Box, catalogue: dict[str, Plant]) -> int:
    return plants_along(box.length_cm, catalogue[box.plant].spacing_cm) * box.rows


def nursery_order(boxes: list[Box], catalogue: dict[str, Plant]) -> tuple[list[tuple[str, int, int, float]], float]:
    """(plant, plants needed, trays, cost) lines by plant name, and the order total."""
    needed: dict[str, int] = {}
    for box in boxes:
        needed[box.plant] = needed.get(box.plant, 0) + box_plants(box, catalogue)

    def line(name: str) -> tuple[str, int, int, float]:
        plant = catalogue[name]
        trays = trays_needed(plant.per_tray, needed[name])
        return name, needed[name], trays, round(trays * plant.tray_price, 2)

    lines = [line(name) for name in sorted(needed)]
    return lines, round(sum(cost for *_, cost in lines), 2)


def planting_sheet(boxes: list[Box], catalogue: dict[str, Plant]) -> dict[str, list[str]]:
    """For each customer on the round, a line per box: '<length>cm x<rows>: <plants> <plant>'."""
    sheet: dict[str, list[str]] = {}
    for box in boxes:
        sheet.setdefault(box.customer, []).append(f"{box.length_cm}cm x{box.rows}: {box_plants(box, catalogue)} {box.plant}")
    return sheet
