"""Packing the crates for Saturday's market stall."""

from __future__ import annotations

from datetime import date, timedelta

from larder.batches import MATURING_DAYS, SHELF_DAYS, Batch

CRATE_JARS = 48  # three crates of sixteen
PRICES = {227: 3.50, 340: 4.75, 454: 5.95}  # by jar size in grams


def market_load(batches: list[Batch], market_day: date, room: int = CRATE_JARS) -> list[str]:
    """The codes of the batches to take, oldest first. A batch goes once it has
    matured, if it is still in date on the day and every jar in it sealed (a failed
    lid means the whole batch stays home to be checked), and if its jars fit in the
    crates that are left; a batch is never split between market days."""
    load = []
    for batch in sorted(batches, key=lambda b: (b.made, b.code)):
        ready = batch.made + timedelta(days=MATURING_DAYS[batch.kind]) <= market_day
        in_date = market_day < batch.made + timedelta(days=SHELF_DAYS[batch.kind])
        if ready and in_date and all(jar.sealed for jar in batch.jars) and len(batch.jars) <= room:
            load.append(batch.code)
            room -= len(batch.jars)
    return load


def price_list(batches: list[Batch], codes: list[str]) -> list[str]:
    """The stall's price cards: one a product and jar size, in the order first packed."""
    cards: dict[tuple[str, int], int] = {}
    by_code = {batch.code: batch for batch in batches}
    for code in codes:
        for jar in by_code[code].jars:
            key = (by_code[code].product, jar.grams)
            cards[key] = cards.get(key, 0) + 1
    return [f"{product.capitalize()} {grams}g  £{PRICES[grams]:.2f}  ({count})" for (product, grams), count in cards.items()]
