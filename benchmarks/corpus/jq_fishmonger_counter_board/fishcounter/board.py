"""The chalk board. Fish is priced at cost times MARGIN a kilo; on its last day on the
counter it goes at half price, and after that it is binned and comes off the board.
With several boxes of one species on the slab, the board shows the freshest box."""

from __future__ import annotations

from datetime import date

from fishcounter.stock import Box, days_between

MARGIN = 1.8
# days on the counter, counted from landing
SHELF_DAYS = {"cod": 4, "haddock": 4, "hake": 4, "plaice": 3, "crab": 3, "mackerel": 2, "scallops": 2}


def counter_board(boxes: list[Box], today: date) -> list[tuple[str, int, str]]:
    """(species, pence a kilo, note) for each species on the counter today."""

    def price(box: Box) -> tuple[int, str] | None:
        age = days_between(today, box.landed)
        if age >= SHELF_DAYS[box.species]:
            return None
        per_kg = box.cost_pence / box.kg * MARGIN
        if age == SHELF_DAYS[box.species] - 1:
            return round(per_kg / 2), "today only"
        return round(per_kg), ""

    board = {}
    for box in sorted(boxes, key=lambda b: b.landed):
        priced = price(box)
        if priced is not None:
            board[box.species] = priced
    return [(species, *board[species]) for species in sorted(board)]


def waste_kg(boxes: list[Box], today: date) -> dict[str, float]:
    """Kilos of each species past its days by today, for the waste log."""
    waste: dict[str, float] = {}
    for box in boxes:
        if days_between(box.landed, today) >= SHELF_DAYS[box.species]:
            waste[box.species] = round(waste.get(box.species, 0.0) + box.kg, 2)
    return waste
