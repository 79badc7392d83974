"""The livefood shelf at the reptile shop: crickets, locusts, mealworms and roaches in
tubs, counted every Monday morning before the order goes to the breeder."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

REDUCE_DAYS = 3  # tubs this close to the end of their life get a reduced sticker


@dataclass
class Line:
    code: str
    name: str
    on_hand: int  # tubs on the shelf
    on_order: int  # tubs ordered and not yet delivered
    par: int  # tubs the shelf should hold after a delivery; 0 for lines we no longer stock
    box: int  # tubs in one of the breeder's boxes
    packed: date | None = None  # packing date of the oldest tub on the shelf
    shelf_life: int = 14  # days a tub stays saleable


def read_stock_take(text: str) -> list[Line]:
    """CSV: code,name,on_hand,on_order,par,box,packed,shelf_life (packed blank when the shelf is empty)."""
    lines = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        packed = row["packed"].strip()
        lines.append(Line(
            row["code"].strip(),
            row["name"].strip(),
            int(row["on_hand"]),
            int(row["on_order"]),
            int(row["par"]),
            int(row["box"]),
            date.fromisoformat(packed) if packed else None,
            int(row["shelf_life"]),
        ))
    return lines


def reduced(lines: list[Line], today: date) -> list[str]:
    """Codes of the lines whose oldest tubs need a reduced sticker today."""
    return [
        line.code
        for line in lines
        if line.on_hand and line.packed + timedelta(days=line.shelf_life - REDUCE_DAYS) <= today
    ]
