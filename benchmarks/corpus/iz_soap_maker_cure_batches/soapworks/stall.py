"""What goes in the crates for the Saturday market stall."""

from __future__ import annotations

from datetime import date

from soapworks.batches import Batch


def ready_to_sell(batches: list[Batch], today: date) -> list[Batch]:
    """Batches that can go on the stall: cured by `today`, passed the zap test, and
    with bars left to sell; oldest first, so the old stock goes out before the new."""
    ready = []
    for batch in batches:
        if batch.cured_on() <= today and not batch.failed_zap:
            ready.append(batch)
    ready.sort(key=lambda batch: (batch.poured, batch.code))
    return ready


def stall_stock(batches: list[Batch], today: date) -> dict[str, int]:
    """Bars on the stall for each recipe."""
    stock: dict[str, int] = {}
    for batch in ready_to_sell(batches, today):
        stock[batch.recipe] = stock.get(batch.recipe, 0) + batch.bars_left
    return stock


def next_cured(batches: list[Batch], today: date) -> date | None:
    """When the next batch still on the racks will be ready, or None if none is curing."""
    dates = [batch.cured_on() for batch in batches if batch.cured_on() > today and not batch.failed_zap]
    return min(dates, default=None)
