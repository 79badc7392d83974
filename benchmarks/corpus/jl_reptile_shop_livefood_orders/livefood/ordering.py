"""The Monday order to the livefood breeder."""

from __future__ import annotations

import math

from livefood.stock import Line

BOX_PRICE = {"CRK": 1850, "LOC": 2400, "MEAL": 1300, "DUB": 2750}  # pence a box, by code prefix


def weekly_order(lines: list[Line]) -> dict[str, int]:
    """Boxes to order for each line: enough to bring the tubs in hand and on order up
    to the line's par level, in whole boxes."""
    order = {}
    for line in lines:
        short = line.par - line.on_hand - line.on_order
        if line.on_hand and short > 0:
            order[line.code] = math.ceil(short / line.box)
    return order


def order_sheet(lines: list[Line]) -> list[str]:
    """The order as emailed to the breeder, with its cost."""
    boxes = weekly_order(lines)
    names = {line.code: line.name for line in lines}
    sheet = [f"{code}  {names[code]}: {count} box{'es' if count > 1 else ''}" for code, count in sorted(boxes.items())]
    cost = sum(BOX_PRICE[code.split("-")[0]] * count for code, count in boxes.items())
    sheet.append(f"{sum(boxes.values())} boxes, £{cost // 100}.{cost % 100:02d}")
    return sheet
